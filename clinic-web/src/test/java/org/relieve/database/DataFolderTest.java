package org.relieve.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {

    @TempDir
    Path folder;

    @Test
    void dataFromAnotherMajorVersionIsRefusedWithAnActionableMessage() throws Exception {
        Files.writeString(folder.resolve("PG_VERSION"), "14\n");

        assertThatThrownBy(() -> new DataFolder(folder).checkMajorVersion(18))
                .isInstanceOf(EmbeddedDatabaseException.class)
                .hasMessageContaining("PostgreSQL 14 data")
                .hasMessageContaining("runs PostgreSQL 18")
                .satisfies(e -> assertThat(((EmbeddedDatabaseException) e).action())
                        .contains("relieve.database.embedded.data-dir"));
    }

    @Test
    void dataOfTheSameVersionAndAnEmptyFolderAreAccepted() throws Exception {
        new DataFolder(folder).checkMajorVersion(18);
        Files.writeString(folder.resolve("PG_VERSION"), "18\n");
        new DataFolder(folder).checkMajorVersion(18);
    }

    @Test
    void aPidFileOfAProcessThatIsGoneIsRemoved() throws Exception {
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        Files.writeString(folder.resolve("postmaster.pid"), finished.pid() + "\n" + folder + "\n");

        new DataFolder(folder).stopOrphanedServer();

        assertThat(folder.resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void theFailureAnalyzerPrintsTheProblemAndTheActionWithoutAStackTrace() {
        var analysis = new EmbeddedDatabaseFailureAnalyzer().analyze(
                new IllegalStateException(new EmbeddedDatabaseException("problem", "do this")));
        assertThat(analysis.getDescription()).isEqualTo("problem");
        assertThat(analysis.getAction()).isEqualTo("do this");
    }
}
