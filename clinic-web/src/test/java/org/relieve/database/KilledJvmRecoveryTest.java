package org.relieve.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user does by accident: the JVM is killed with {@code kill -9} and leaves its PostgreSQL
 * running on the data folder. The next start must stop that orphan, start, and find the data.
 */
class KilledJvmRecoveryTest {

    @TempDir
    Path parent;

    @Test
    void aStartAfterKill9StopsTheOrphanedServerAndKeepsTheData() throws Exception {
        Path data = parent.resolve("data");
        Process first = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                EmbeddedServerProcess.class.getName(), data.toString())
                .redirectErrorStream(true).start();
        String jdbcUrl = awaitReady(first);
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
            connection.createStatement().execute("create table kept (note text); insert into kept values ('still here')");
        }
        long orphanPid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).getFirst().strip());

        first.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // kill -9: no shutdown hooks run
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).contains(true);

        EmbeddedDatabaseServer second = EmbeddedDatabaseServer.start(data.toString(), 0);
        try (Connection connection = DriverManager.getConnection(second.getJdbcUrl(), "postgres", "postgres");
             ResultSet rows = connection.createStatement().executeQuery("select note from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
        } finally {
            second.destroy();
        }
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }

    private static String awaitReady(Process process) throws Exception {
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        List<String> seen = new java.util.ArrayList<>();
        String line;
        while ((line = output.readLine()) != null) {
            if (line.startsWith("READY ")) {
                return line.substring("READY ".length());
            }
            seen.add(line);
        }
        throw new AssertionError("The embedded server process ended before it was ready:\n" + String.join("\n", seen));
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
