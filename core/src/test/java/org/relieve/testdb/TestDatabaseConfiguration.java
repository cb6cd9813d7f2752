package org.relieve.testdb;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The database every test runs against: always a real PostgreSQL, never H2. With a Docker engine,
 * a Testcontainers PostgreSQL 18; without one (as on the project's build machines), an embedded
 * PostgreSQL 18 started once per test JVM. With {@code spring.datasource.url} set, neither starts
 * and that database is used.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

    @Bean
    @ServiceConnection
    @Conditional(TestDatabaseConditions.DockerAvailable.class)
    PostgreSQLContainer postgresContainer() {
        return new PostgreSQLContainer("postgres:18-alpine");
    }

    @Bean
    @Conditional(TestDatabaseConditions.NoDocker.class)
    JdbcConnectionDetails embeddedTestDatabase() {
        return SharedEmbeddedPostgres.connectionDetails();
    }
}
