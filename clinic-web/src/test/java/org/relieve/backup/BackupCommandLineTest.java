package org.relieve.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relieve.IntegrationTest;
import org.relieve.RelieveApplication;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The commands as an operator types them, each in a JVM of its own: restore the demo clinic into a
 * new data folder, be refused when restoring over it again, and back the restored clinic up.
 */
@IntegrationTest
class BackupCommandLineTest {

    @Autowired
    DataSource clinic;
    @Autowired
    Clock clock;

    @TempDir
    Path folder;

    @Test
    void restoreRefuseAndBackUpAgainFromTheCommandLine() throws Exception {
        Path archive = folder.resolve("clinic.zip");
        BackupManifest original = new DatabaseBackup(clinic, clock).writeTo(archive);
        String dataDir = "--relieve.database.embedded.data-dir=" + folder.resolve("restored");

        Run restore = relieve("--restore=" + archive, dataDir);
        assertThat(restore.exitCode()).as(restore.output()).isZero();
        assertThat(restore.output()).contains("Restored " + String.format("%,d", original.totalRows()) + " rows")
                .contains("Audit trail intact");

        Run again = relieve("--restore=" + archive, dataDir);
        assertThat(again.exitCode()).as(again.output()).isEqualTo(1);
        assertThat(again.output()).contains("A restore needs an empty database")
                .doesNotContain("\tat org.relieve");

        Run backup = relieve("--backup=" + folder, dataDir);
        assertThat(backup.exitCode()).as(backup.output()).isZero();
        Path written;
        try (Stream<Path> files = Files.list(folder)) {
            written = files.filter(file -> file.getFileName().toString().startsWith("relieve-backup-")).findFirst().orElseThrow();
        }
        BackupManifest copy = DatabaseRestore.manifestOf(written);
        assertThat(copy.schemaVersion()).isEqualTo(original.schemaVersion());
        assertThat(copy.tables()).isEqualTo(original.tables());
    }

    private record Run(int exitCode, String output) {
    }

    private Run relieve(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), RelieveApplication.class.getName()));
        command.addAll(List.of(args));
        Path log = Files.createTempFile(folder, "relieve-", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("relieve " + String.join(" ", args) + " did not finish:\n" + Files.readString(log));
        }
        return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
