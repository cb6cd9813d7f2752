package org.relieve.backup;

import java.time.Instant;
import java.util.List;

/**
 * What a backup archive holds, written into it as {@code manifest.json}: the schema version the
 * rows belong to, and per table its columns and row count, so a restore can rebuild that exact
 * schema first and check it loaded every row.
 */
public record BackupManifest(
        String format,
        Instant createdAt,
        String schemaVersion,
        String postgresVersion,
        List<TableContent> tables,
        List<SequenceValue> sequences) {

    /** The archive layout this code writes and reads; a change of layout gets a new number. */
    public static final String FORMAT = "relieve-backup/1";

    public long totalRows() {
        return tables.stream().mapToLong(TableContent::rows).sum();
    }

    public long rowsOf(String table) {
        return tables.stream().filter(content -> content.name().equals(table))
                .mapToLong(TableContent::rows).findFirst().orElse(0);
    }

    /** One table, stored in PostgreSQL's COPY text format under {@link #entryName()}. */
    public record TableContent(String name, List<String> columns, long rows) {

        public String entryName() {
            return "tables/" + name + ".copy";
        }
    }

    /** Where an identity sequence stood, so new rows after a restore get fresh ids. */
    public record SequenceValue(String name, long lastValue, boolean called) {
    }
}
