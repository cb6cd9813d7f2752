package org.relieve.database;

import java.nio.file.Path;
import java.util.Optional;

import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/** The embedded PostgreSQL of another, running Relieve on the same data folder, reached over localhost. */
record RunningEmbeddedServer(int port) implements JdbcConnectionDetails {

    static Optional<RunningEmbeddedServer> on(String dataDir) {
        if (dataDir == null || dataDir.isBlank()) {
            return Optional.empty();
        }
        Path folder = Path.of(dataDir).toAbsolutePath().normalize();
        Optional<RunningEmbeddedServer> running = new DataFolder(folder).portOfRunningServer().map(RunningEmbeddedServer::new);
        running.ifPresent(server -> LoggerFactory.getLogger(RunningEmbeddedServer.class)
                .info("Using the PostgreSQL of the Relieve running on {} (port {})", folder, server.port()));
        return running;
    }

    @Override
    public String getJdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + EmbeddedDatabaseServer.USER;
    }

    @Override
    public String getUsername() {
        return EmbeddedDatabaseServer.USER;
    }

    @Override
    public String getPassword() {
        return EmbeddedDatabaseServer.USER;
    }
}
