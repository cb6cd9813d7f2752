package org.relieve.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.relieve.audit.AuditVerification;
import org.relieve.audit.AuditVerifier;
import org.relieve.backup.DatabaseRestore;
import org.relieve.backup.DatabaseRestore.RestoreRefused;
import org.relieve.backup.DatabaseRestore.RestoreResult;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar relieve.jar --restore=FILE} loads a backup into an empty database and exits.
 *
 * <p>The restore replaces Flyway's start-up migration, because the rows must be loaded at the
 * schema version that wrote them, before the newer migrations run; a refused restore stops the
 * start with a readable reason ({@code BackupFailureAnalyzer}). Afterwards the audit trail's hash
 * chain is verified, which proves the history came back unaltered.
 */
@Component
@Order(0)
@ConditionalOnProperty("restore")
class RestoreCommand implements FlywayMigrationStrategy, ApplicationRunner {

    private final DataSource dataSource;
    private final String archive;
    // looked up after the restore: the JDBC beans it needs wait for this very migration
    private final ObjectProvider<AuditVerifier> auditVerifier;
    private final ConfigurableApplicationContext context;
    private RestoreResult result;

    RestoreCommand(DataSource dataSource, @Value("${restore}") String archive,
                   ObjectProvider<AuditVerifier> auditVerifier,
                   ConfigurableApplicationContext context) {
        this.dataSource = dataSource;
        this.archive = archive;
        this.auditVerifier = auditVerifier;
        this.context = context;
    }

    @Override
    public void migrate(Flyway flyway) {
        if (archive.isBlank()) {
            throw new RestoreRefused("Name the backup to restore: --restore=FILE");
        }
        Path file = Path.of(archive).toAbsolutePath();
        if (!Files.isRegularFile(file)) {
            throw new RestoreRefused("There is no backup file " + file + ".");
        }
        try {
            result = new DatabaseRestore(dataSource).restore(file, flyway);
        } catch (IOException e) {
            throw new RestoreRefused("Cannot read the backup " + file + ": " + e.getMessage());
        } catch (SQLException e) {
            throw new RestoreRefused("The restore failed and no row was loaded: " + e.getMessage());
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        AuditVerification audit = auditVerifier.getObject().verifyUnchecked();
        System.out.printf("Restored %,d rows in %d tables from %s (schema version %s%s) in %,d ms.%n",
                result.manifest().totalRows(), result.manifest().tables().size(), archive,
                result.manifest().schemaVersion(),
                result.newerMigrations() == 0 ? "" : ", then " + result.newerMigrations() + " newer migrations",
                result.millis());
        System.out.println(audit.summary());
        int code = audit.intact() ? 0 : 1;
        System.exit(SpringApplication.exit(context, () -> code));
    }
}
