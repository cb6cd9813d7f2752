package org.relieve.reporting.test;

import org.relieve.testdb.TestDatabaseConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * Core and reporting on the test database, for reporting's service tests. Lives outside
 * {@code org.relieve} itself so it never meets core's own test application; scans and maps every
 * {@code org.relieve} package.
 */
@SpringBootApplication(scanBasePackages = "org.relieve")
@AutoConfigurationPackage(basePackages = "org.relieve")
@Import(TestDatabaseConfiguration.class)
public class ReportingTestApplication {
}
