package org.relieve.database;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * With no {@code spring.datasource.url}, Relieve starts its own PostgreSQL and hands it to Boot as
 * {@link JdbcConnectionDetails}, so the connection pool and Flyway are configured exactly as for an
 * external database.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@Conditional(NoDatasourceConfigured.class)
@ConditionalOnProperty(name = "relieve.database.embedded.enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedDatabaseAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(JdbcConnectionDetails.class)
    JdbcConnectionDetails embeddedDatabaseServer(EmbeddedDatabaseProperties properties) {
        if (properties.attachToRunning()) {
            var running = RunningEmbeddedServer.on(properties.dataDir());
            if (running.isPresent()) {
                return running.get();
            }
        }
        return EmbeddedDatabaseServer.start(properties.dataDir(), properties.port());
    }
}
