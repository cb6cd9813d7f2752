package org.relieve.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup runs while the clinic is open: with the embedded database, the backup's JVM finds the
 * server that the running Relieve keeps on the data folder and connects to it, never starting (or
 * stopping) a second one.
 */
class BackupBesideARunningClinicTest {

    @TempDir
    Path parent;

    @Test
    void aSecondJvmReachesTheServerOfTheRunningOne() throws Exception {
        Path data = parent.resolve("data");
        Process clinic = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), EmbeddedServerProcess.class.getName(), data.toString())
                .redirectErrorStream(true).start();
        try {
            String clinicUrl = awaitReady(clinic);
            try (Connection connection = DriverManager.getConnection(clinicUrl, "postgres", "postgres")) {
                connection.createStatement().execute("create table today (note text); insert into today values ('open')");
            }

            RunningEmbeddedServer running = RunningEmbeddedServer.on(data.toString()).orElseThrow();

            assertThat(clinicUrl).contains(":" + running.port() + "/");
            try (Connection connection = DriverManager.getConnection(running.getJdbcUrl(), running.getUsername(), running.getPassword());
                 ResultSet rows = connection.createStatement().executeQuery("select note from today")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("open");
            }
        } finally {
            clinic.destroy();
            clinic.waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void withoutARunningClinicThereIsNothingToAttachTo() {
        assertThat(RunningEmbeddedServer.on(parent.resolve("never-used").toString())).isEmpty();
        assertThat(RunningEmbeddedServer.on("")).isEmpty();
    }

    private static String awaitReady(Process process) throws Exception {
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = output.readLine()) != null) {
            if (line.startsWith("READY ")) {
                return line.substring("READY ".length());
            }
        }
        throw new AssertionError("The embedded server process ended before it was ready");
    }
}
