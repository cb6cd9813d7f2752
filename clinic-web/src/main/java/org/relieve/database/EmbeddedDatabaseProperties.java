package org.relieve.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The PostgreSQL that Relieve starts for itself when no {@code spring.datasource.url} is configured.
 *
 * @param dataDir where its data lives (survives restarts); blank means a temporary folder removed at
 *                shutdown
 * @param port    the port it listens on (localhost only); 0 picks a free one
 * @param attachToRunning when another Relieve already runs the server on {@code dataDir}, connect to
 *                that server instead of refusing to start (set by {@code --backup}, which must
 *                work while the clinic is open)
 */
@ConfigurationProperties("relieve.database.embedded")
public record EmbeddedDatabaseProperties(
        @DefaultValue("${user.home}/.relieve/postgres-18") String dataDir,
        @DefaultValue("0") int port,
        @DefaultValue("false") boolean attachToRunning) {
}
