package org.relieve.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads a {@link DatabaseBackup} archive into an empty database.
 *
 * <p>The rows belong to the schema version that wrote them, so the restore first migrates the
 * empty database exactly to that version, loads every table in one transaction (all or nothing),
 * and only then applies the newer migrations — a backup from an older Relieve is upgraded like a
 * database that had never left. The tables' own guards (signed records and the audit trail are
 * final) are suspended table by table while their rows are copied back: a restore re-creates
 * history, it does not change it. Foreign keys stay checked.
 */
public final class DatabaseRestore {

    private final DataSource dataSource;

    public DatabaseRestore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Reads an archive's manifest without touching any database. */
    public static BackupManifest manifestOf(Path archive) throws IOException {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            return readManifest(zip, archive);
        }
    }

    public RestoreResult restore(Path archive, Flyway flyway) throws IOException, SQLException {
        long started = System.nanoTime();
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            BackupManifest manifest = readManifest(zip, archive);
            migrateTo(flyway, manifest.schemaVersion());
            load(zip, manifest);
            int newerMigrations = flyway.migrate().migrationsExecuted;
            return new RestoreResult(manifest, newerMigrations, (System.nanoTime() - started) / 1_000_000);
        }
    }

    private static BackupManifest readManifest(ZipFile zip, Path archive) throws IOException {
        ZipEntry entry = zip.getEntry(DatabaseBackup.MANIFEST);
        if (entry == null) {
            throw new RestoreRefused(archive + " is not a Relieve backup (it has no " + DatabaseBackup.MANIFEST + ").");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            BackupManifest manifest = JsonMapper.builder().build().readValue(in, BackupManifest.class);
            if (!BackupManifest.FORMAT.equals(manifest.format())) {
                throw new RestoreRefused(archive + " has the unknown layout '" + manifest.format()
                        + "'; this Relieve reads " + BackupManifest.FORMAT + ".");
            }
            return manifest;
        }
    }

    private static void migrateTo(Flyway flyway, String schemaVersion) {
        MigrationVersion backupVersion = MigrationVersion.fromVersion(schemaVersion);
        MigrationInfo[] known = flyway.info().all();
        MigrationVersion newestKnown = Arrays.stream(known).map(MigrationInfo::getVersion)
                .filter(v -> v != null).max(MigrationVersion::compareTo).orElse(MigrationVersion.EMPTY);
        if (backupVersion.compareTo(newestKnown) > 0) {
            throw new RestoreRefused("The backup was made by a newer Relieve (schema version " + schemaVersion
                    + "); this one knows schema versions up to " + newestKnown + ". Restore it with that Relieve or a newer one.");
        }
        MigrationInfo current = flyway.info().current();
        if (current != null && current.getVersion().compareTo(backupVersion) > 0) {
            throw new RestoreRefused("This database is already at schema version " + current.getVersion()
                    + ", newer than the backup's " + schemaVersion + ". Restore into a new, empty database or data folder.");
        }
        Flyway.configure(flyway.getConfiguration().getClassLoader()).configuration(flyway.getConfiguration())
                .target(backupVersion).load().migrate();
    }

    private void load(ZipFile zip, BackupManifest manifest) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                SessionSettings.apply(connection);
                SchemaCatalog catalog = new SchemaCatalog(connection);
                Map<String, BackupManifest.TableContent> contents = manifest.tables().stream()
                        .collect(Collectors.toMap(BackupManifest.TableContent::name, Function.identity()));
                List<String> existing = catalog.tables();
                refuseUnlessEmpty(connection, existing);
                for (String table : contents.keySet()) {
                    if (!existing.contains(table)) {
                        throw new RestoreRefused("The backup holds a table '" + table + "' that schema version "
                                + manifest.schemaVersion() + " does not have: the archive is damaged or was edited.");
                    }
                }
                CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
                List<String> order = catalog.loadOrder(new ArrayList<>(contents.keySet()));
                // each table's own guards rest while history is copied back (in this transaction only)
                for (String table : order) {
                    execute(connection, "alter table " + SchemaCatalog.quote(table) + " disable trigger user");
                }
                // rows that migrations seed (settings) come back from the backup as they were there
                for (String table : order.reversed()) {
                    execute(connection, "delete from " + SchemaCatalog.quote(table));
                }
                for (String table : order) {
                    loadTable(copy, zip, contents.get(table));
                }
                for (String table : order) {
                    execute(connection, "alter table " + SchemaCatalog.quote(table) + " enable trigger user");
                }
                for (BackupManifest.SequenceValue sequence : manifest.sequences()) {
                    try (PreparedStatement statement = connection.prepareStatement("select setval(?::regclass, ?, ?)")) {
                        statement.setString(1, SchemaCatalog.quote(sequence.name()));
                        statement.setLong(2, sequence.lastValue());
                        statement.setBoolean(3, sequence.called());
                        statement.execute();
                    }
                }
                connection.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static void loadTable(CopyManager copy, ZipFile zip, BackupManifest.TableContent content)
            throws SQLException, IOException {
        ZipEntry entry = zip.getEntry(content.entryName());
        if (entry == null) {
            throw new RestoreRefused("The backup lists table '" + content.name() + "' but holds no rows for it: the archive is damaged.");
        }
        long loaded;
        try (InputStream rows = zip.getInputStream(entry)) {
            loaded = copy.copyIn("copy " + SchemaCatalog.quote(content.name()) + " ("
                    + SchemaCatalog.quoteAll(content.columns()) + ") from stdin", rows);
        }
        if (loaded != content.rows()) {
            throw new RestoreRefused("Table '" + content.name() + "' loaded " + loaded + " rows but the backup counted "
                    + content.rows() + ": the archive is damaged.");
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /**
     * A database is in use once anyone has an account or anything was audited: every use of Relieve
     * starts with both. Other rows (settings seeded by migrations) are replaced by the backup's.
     */
    private static void refuseUnlessEmpty(Connection connection, List<String> tables) throws SQLException {
        List<String> filled = new ArrayList<>();
        for (String table : List.of("staff_account", "audit_event", "client")) {
            if (!tables.contains(table)) {
                continue;
            }
            try (Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("select exists (select 1 from " + SchemaCatalog.quote(table) + ")")) {
                result.next();
                if (result.getBoolean(1)) {
                    filled.add(table);
                }
            }
        }
        if (!filled.isEmpty()) {
            throw new RestoreRefused("A restore needs an empty database, but this one already holds data (in "
                    + String.join(", ", filled) + "). Restore into a new data folder or database.");
        }
    }

    /** What a finished restore did. */
    public record RestoreResult(BackupManifest manifest, int newerMigrations, long millis) {
    }

    /** A restore that would lose or mix data is refused, and none of the backup's rows are kept. */
    public static final class RestoreRefused extends RuntimeException {
        public RestoreRefused(String message) {
            super(message);
        }
    }
}
