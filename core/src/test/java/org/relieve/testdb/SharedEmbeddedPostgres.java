package org.relieve.testdb;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * One throw-away embedded PostgreSQL per test JVM, shared by every Spring context the tests start
 * (starting one per context would cost ~1.5 s each). Its data directory is temporary and removed
 * when the JVM exits.
 */
final class SharedEmbeddedPostgres {

    private SharedEmbeddedPostgres() {
    }

    private static final class Holder {
        static final EmbeddedPostgres SERVER = start();

        private static EmbeddedPostgres start() {
            try {
                return EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("max_connections", "200")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded test PostgreSQL", e);
            }
        }
    }

    static JdbcConnectionDetails connectionDetails() {
        String url = Holder.SERVER.getJdbcUrl("postgres", "postgres");
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return "postgres";
            }

            @Override
            public String getPassword() {
                return "postgres";
            }

            @Override
            public String getJdbcUrl() {
                return url;
            }
        };
    }
}
