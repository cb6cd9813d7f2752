package org.relieve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class ApplicationStartupTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void flywayMigratesTheSchemaAndHibernateAcceptsIt() {
        assertThat(jdbc.queryForObject(
                "select count(*) from flyway_schema_history where success and version = '001'", Long.class))
                .isEqualTo(1);
    }

    @Autowired
    org.relieve.common.ClinicProperties clinic;

    @Test
    void theClinicsZoneComesFromTheApplicationProperties() {
        assertThat(clinic.zone()).isEqualTo(java.time.ZoneId.of("Asia/Jakarta"));
    }

    @Test
    void demoModeSeedsTheLoginsListedInTheReadme() {
        assertThat(jdbc.queryForList("select username from staff_account", String.class))
                .contains("frontdesk", "therapist", "therapist2", "manager", "admin");
    }
}
