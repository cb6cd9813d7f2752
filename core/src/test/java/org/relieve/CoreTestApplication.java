package org.relieve;

import org.relieve.testdb.TestDatabaseConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** The core module on its own, for service tests against the real database. */
@SpringBootApplication
@Import(TestDatabaseConfiguration.class)
class CoreTestApplication {
}
