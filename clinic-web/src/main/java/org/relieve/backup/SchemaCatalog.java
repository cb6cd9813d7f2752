package org.relieve.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Reads what a backup and a restore need to know about the clinic's schema from PostgreSQL's catalog. */
final class SchemaCatalog {

    private final Connection connection;

    SchemaCatalog(Connection connection) {
        this.connection = connection;
    }

    /** The base tables of the current schema, by name. */
    List<String> tables() throws SQLException {
        return strings("""
                select table_name from information_schema.tables
                 where table_schema = current_schema() and table_type = 'BASE TABLE'
                 order by table_name""");
    }

    /** Columns that hold data (generated columns are recomputed by the server, and COPY refuses them). */
    List<String> storedColumns(String table) throws SQLException {
        return strings("""
                select column_name from information_schema.columns
                 where table_schema = current_schema() and table_name = ? and is_generated = 'NEVER'
                 order by ordinal_position""", table);
    }

    /** The latest applied migration, or {@code "0"} on a database Flyway has not touched. */
    String schemaVersion() throws SQLException {
        if (!tables().contains(DatabaseBackup.SCHEMA_HISTORY)) {
            return "0";
        }
        List<String> versions = strings("""
                select version from flyway_schema_history
                 where success and version is not null order by installed_rank desc limit 1""");
        return versions.isEmpty() ? "0" : versions.getFirst();
    }

    List<BackupManifest.SequenceValue> sequenceValues() throws SQLException {
        List<BackupManifest.SequenceValue> values = new ArrayList<>();
        for (String sequence : strings("""
                select sequencename from pg_sequences where schemaname = current_schema() order by sequencename""")) {
            try (PreparedStatement statement = connection.prepareStatement(
                    "select last_value, is_called from " + quote(sequence));
                 ResultSet result = statement.executeQuery()) {
                result.next();
                values.add(new BackupManifest.SequenceValue(sequence, result.getLong(1), result.getBoolean(2)));
            }
        }
        return values;
    }

    /**
     * The tables in an order that loads every referenced row before the rows that reference it.
     * A table referencing itself is fine: its foreign keys are checked at the end of its COPY.
     */
    List<String> loadOrder(List<String> tables) throws SQLException {
        Map<String, Set<String>> references = new HashMap<>();
        for (String table : tables) {
            references.put(table, new TreeSet<>(strings("""
                    select distinct referenced.relname from pg_constraint c
                      join pg_class referencing on referencing.oid = c.conrelid
                      join pg_class referenced on referenced.oid = c.confrelid
                      join pg_namespace n on n.oid = referencing.relnamespace
                     where c.contype = 'f' and n.nspname = current_schema()
                       and referencing.relname = ? and referenced.relname <> referencing.relname""", table)));
        }
        Set<String> ordered = new LinkedHashSet<>();
        while (ordered.size() < tables.size()) {
            int before = ordered.size();
            for (String table : tables) {
                if (!ordered.contains(table) && references.get(table).stream()
                        .allMatch(referenced -> ordered.contains(referenced) || !references.containsKey(referenced))) {
                    ordered.add(table);
                }
            }
            if (ordered.size() == before) {
                throw new IllegalStateException("Foreign keys form a cycle between tables: " + tables);
            }
        }
        return List.copyOf(ordered);
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    static String quoteAll(List<String> identifiers) {
        return String.join(", ", identifiers.stream().map(SchemaCatalog::quote).toList());
    }

    private List<String> strings(String sql, String... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    values.add(result.getString(1));
                }
            }
            return values;
        }
    }
}
