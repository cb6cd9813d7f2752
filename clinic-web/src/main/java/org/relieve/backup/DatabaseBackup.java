package org.relieve.backup;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes every table of the clinic's database into one archive, from one consistent snapshot.
 *
 * <p>The embedded PostgreSQL ships no {@code pg_dump}, and installed client tools are often older
 * than the server, so Relieve carries its own: a single {@code REPEATABLE READ} read-only
 * transaction (every table seen at the same instant, without blocking the clinic's writes) streams
 * each table with {@code COPY … TO STDOUT} into a zip entry. Flyway's history is left out on
 * purpose: a restore rebuilds the schema with migrations and records the version in the manifest.
 */
public final class DatabaseBackup {

    static final String MANIFEST = "manifest.json";
    static final String SCHEMA_HISTORY = "flyway_schema_history";

    private final DataSource dataSource;
    private final Clock clock;

    public DatabaseBackup(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Writes the archive to {@code archive} (via a temporary file, so a failed backup leaves no half archive). */
    public BackupManifest writeTo(Path archive) throws IOException, SQLException {
        Path partial = archive.resolveSibling(archive.getFileName() + ".partial");
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try (OutputStream file = Files.newOutputStream(partial); ZipOutputStream zip = new ZipOutputStream(file)) {
                BackupManifest manifest = writeSnapshot(connection, zip);
                connection.commit();
                zip.finish();
                Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return manifest;
            } finally {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
                connection.setReadOnly(false);
                connection.setAutoCommit(autoCommit);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private BackupManifest writeSnapshot(Connection connection, ZipOutputStream zip) throws SQLException, IOException {
        SchemaCatalog catalog = new SchemaCatalog(connection);
        SessionSettings.apply(connection);
        String schemaVersion = catalog.schemaVersion();
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        List<BackupManifest.TableContent> tables = new ArrayList<>();
        for (String table : catalog.tables()) {
            if (table.equals(SCHEMA_HISTORY)) {
                continue;
            }
            List<String> columns = catalog.storedColumns(table);
            zip.putNextEntry(new ZipEntry("tables/" + table + ".copy"));
            long rows = copy.copyOut("copy " + SchemaCatalog.quote(table) + " (" + SchemaCatalog.quoteAll(columns)
                    + ") to stdout", new KeepOpen(zip));
            zip.closeEntry();
            tables.add(new BackupManifest.TableContent(table, columns, rows));
        }
        BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, clock.instant(), schemaVersion,
                serverVersion(connection), tables, catalog.sequenceValues());
        zip.putNextEntry(new ZipEntry(MANIFEST));
        zip.write(JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
                .writeValueAsBytes(manifest));
        zip.closeEntry();
        return manifest;
    }

    private static String serverVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("show server_version")) {
            result.next();
            return result.getString(1);
        }
    }

    /** COPY closes nothing, but be sure the zip stream outlives each table's entry. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
