package org.relieve.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relieve.IntegrationTest;
import org.relieve.audit.AuditVerification;
import org.relieve.audit.AuditVerifier;
import org.relieve.backup.DatabaseRestore.RestoreRefused;
import org.relieve.backup.DatabaseRestore.RestoreResult;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Backs up the demo clinic (every table, real signed records, a real audit chain), restores it into
 * new databases of a second PostgreSQL, and compares them row for row.
 */
@IntegrationTest
class BackupRestoreTest {

    private static EmbeddedPostgres otherServer;
    private static int databases;

    @Autowired
    DataSource clinic;
    @Autowired
    Flyway clinicFlyway;
    @Autowired
    Clock clock;

    @TempDir
    Path folder;

    @BeforeAll
    static void startAnotherServer() throws IOException {
        otherServer = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopIt() throws IOException {
        otherServer.close();
    }

    @Test
    void theDemoClinicComesBackRowForRowWithAnIntactAuditChain() throws Exception {
        Path archive = folder.resolve("clinic.zip");
        BackupManifest manifest = new DatabaseBackup(clinic, clock).writeTo(archive);
        Map<String, String> original = fingerprints(clinic);

        assertThat(manifest.rowsOf("client")).isPositive();
        assertThat(manifest.rowsOf("session_record")).isPositive();
        assertThat(manifest.rowsOf("audit_event")).isPositive();
        assertThat(manifest.tables()).extracting(BackupManifest.TableContent::name)
                .doesNotContain(DatabaseBackup.SCHEMA_HISTORY)
                .containsAll(original.keySet());

        DataSource restored = newDatabase();
        RestoreResult result = new DatabaseRestore(restored).restore(archive, flyway(restored));

        assertThat(result.newerMigrations()).isZero();
        assertThat(fingerprints(restored)).isEqualTo(original);
        AuditVerification audit = new AuditVerifier(new JdbcTemplate(restored)).verifyUnchecked();
        assertThat(audit.intact()).as(audit.summary()).isTrue();
        assertThat(audit.eventsChecked()).isEqualTo(new AuditVerifier(new JdbcTemplate(clinic)).verifyUnchecked().eventsChecked());
    }

    @Test
    void newRowsAfterARestoreGetFreshIds() throws Exception {
        Path archive = folder.resolve("ids.zip");
        new DatabaseBackup(clinic, clock).writeTo(archive);
        DataSource restored = newDatabase();
        new DatabaseRestore(restored).restore(archive, flyway(restored));

        JdbcTemplate jdbc = new JdbcTemplate(restored);
        long newest = jdbc.queryForObject("select max(id) from client", Long.class);
        long fresh = jdbc.queryForObject("""
                insert into client (first_name, last_name, date_of_birth, profile, created_by)
                values ('After', 'Restore', date '1990-01-01', 'OTHER', 'test') returning id""", Long.class);
        assertThat(fresh).isGreaterThan(newest);
    }

    @Test
    void aDatabaseThatHoldsDataIsRefusedAndKeepsItsRows() throws Exception {
        Path archive = folder.resolve("refused.zip");
        new DatabaseBackup(clinic, clock).writeTo(archive);
        Map<String, String> before = fingerprints(clinic);

        assertThatThrownBy(() -> new DatabaseRestore(clinic).restore(archive, clinicFlyway))
                .isInstanceOf(RestoreRefused.class)
                .hasMessageContaining("needs an empty database")
                .hasMessageContaining("client");
        assertThat(fingerprints(clinic)).isEqualTo(before);
    }

    @Test
    void aDamagedArchiveLoadsNothingAtAll() throws Exception {
        Path archive = folder.resolve("whole.zip");
        new DatabaseBackup(clinic, clock).writeTo(archive);
        Path damaged = withoutLastRowOf(archive, "session_record");

        DataSource target = newDatabase();
        assertThatThrownBy(() -> new DatabaseRestore(target).restore(damaged, flyway(target)))
                .isInstanceOf(RestoreRefused.class)
                .hasMessageContaining("session_record")
                .hasMessageContaining("damaged");
        // tables loaded before the damaged one were rolled back with it: as new as a database can be
        DataSource untouched = newDatabase();
        flyway(untouched).migrate();
        assertThat(fingerprints(target)).isEqualTo(fingerprints(untouched));
        assertThat(fingerprints(target).get("client")).isEqualTo(EMPTY);
    }

    @Test
    void anOlderBackupIsLoadedAtItsOwnSchemaVersionAndThenUpgraded() throws Exception {
        DataSource old = newDatabase();
        Flyway.configure().dataSource(old).locations("classpath:db/migration").target("3").load().migrate();
        JdbcTemplate oldJdbc = new JdbcTemplate(old);
        oldJdbc.update("""
                insert into staff_account (username, display_name, password_hash) values ('old.hand', 'Old Hand', 'x')""");
        oldJdbc.update("""
                insert into client (first_name, last_name, date_of_birth, profile, created_by)
                values ('Vera', 'Older', date '1950-05-05', 'OLDER_ADULT', 'old.hand')""");
        Path archive = folder.resolve("old.zip");
        BackupManifest manifest = new DatabaseBackup(old, clock).writeTo(archive);
        assertThat(manifest.schemaVersion()).isEqualTo("003");

        DataSource upgraded = newDatabase();
        Flyway latest = flyway(upgraded);
        RestoreResult result = new DatabaseRestore(upgraded).restore(archive, latest);

        assertThat(result.newerMigrations()).isPositive();
        assertThat(latest.info().current().getVersion().toString())
                .isEqualTo(clinicFlyway.info().current().getVersion().toString());
        assertThat(new JdbcTemplate(upgraded).queryForObject(
                "select last_name from client where first_name = 'Vera'", String.class)).isEqualTo("Older");
    }

    @Test
    void aBackupFromANewerRelieveIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path archive = folder.resolve("newer.zip");
        new DatabaseBackup(clinic, clock).writeTo(archive);
        Path newer = rewritten(archive, (name, bytes) -> name.equals(DatabaseBackup.MANIFEST)
                ? new String(bytes, StandardCharsets.UTF_8)
                        .replaceFirst("\"schemaVersion\"\\s*:\\s*\"[^\"]+\"", "\"schemaVersion\" : \"999\"")
                        .getBytes(StandardCharsets.UTF_8)
                : bytes);

        DataSource target = newDatabase();
        assertThatThrownBy(() -> new DatabaseRestore(target).restore(newer, flyway(target)))
                .isInstanceOf(RestoreRefused.class)
                .hasMessageContaining("newer Relieve");
        assertThat(new JdbcTemplate(target).queryForObject(
                "select count(*) from information_schema.tables where table_schema = 'public'", Integer.class)).isZero();
    }

    private static final String EMPTY = "0:";

    /** Per table: row count and an MD5 over every row's text, in a fixed order and time zone. */
    private static Map<String, String> fingerprints(DataSource dataSource) throws SQLException {
        Map<String, String> prints = new TreeMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("set timezone = 'UTC'");
            List<String> tables = new ArrayList<>();
            try (ResultSet result = statement.executeQuery("""
                    select table_name from information_schema.tables
                     where table_schema = current_schema() and table_type = 'BASE TABLE'
                       and table_name <> 'flyway_schema_history'""")) {
                while (result.next()) {
                    tables.add(result.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet result = statement.executeQuery("select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from "
                        + SchemaCatalog.quote(table) + " t")) {
                    result.next();
                    prints.put(table, result.getString(1));
                }
            }
        }
        return prints;
    }

    private static DataSource newDatabase() throws SQLException {
        String name = "restore_" + (++databases);
        try (Connection connection = otherServer.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        }
        return otherServer.getDatabase("postgres", name);
    }

    private static Flyway flyway(DataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
    }

    private Path withoutLastRowOf(Path archive, String table) throws IOException {
        return rewritten(archive, (name, bytes) -> {
            if (!name.equals("tables/" + table + ".copy")) {
                return bytes;
            }
            String rows = new String(bytes, StandardCharsets.UTF_8);
            int lastRow = rows.lastIndexOf('\n', rows.length() - 2);
            return rows.substring(0, lastRow + 1).getBytes(StandardCharsets.UTF_8);
        });
    }

    private interface EntryEdit {
        byte[] apply(String name, byte[] bytes);
    }

    private Path rewritten(Path archive, EntryEdit edit) throws IOException {
        Path copy = folder.resolve("edited-" + archive.getFileName());
        try (ZipFile zip = new ZipFile(archive.toFile()); OutputStream out = Files.newOutputStream(copy);
             ZipOutputStream edited = new ZipOutputStream(out)) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                try (InputStream in = zip.getInputStream(entry)) {
                    edited.putNextEntry(new ZipEntry(entry.getName()));
                    edited.write(edit.apply(entry.getName(), in.readAllBytes()));
                    edited.closeEntry();
                }
            }
        }
        return copy;
    }
}
