package org.relieve.common;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who saved a record last, for the editor whose save lost: "Changed by Maya Lee at 14:32 — reload
 * to see their changes". Reads the record's {@code updated_by}/{@code updated_at} stamp in a
 * transaction of its own, so it sees the winner's committed save even when the caller's own
 * transaction is already doomed by the failed update.
 */
@Component
public class LastChanges {

    /** The tables whose rows carry the stamp (the name goes into SQL, so only these). */
    private static final Set<String> STAMPED = Set.of("client", "treatment_plan", "session_record");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm",
            Locale.ENGLISH);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final ClinicProperties clinic;
    private final Clock clock;

    LastChanges(JdbcTemplate jdbc, PlatformTransactionManager transactions, ClinicProperties clinic, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.ownTransaction.setReadOnly(true);
        this.clinic = clinic;
        this.clock = clock;
    }

    /** The conflict for a save of the row that met a newer version than the editor had read. */
    public StaleVersionException staleVersion(String table, long id) {
        if (!STAMPED.contains(table)) {
            throw new IllegalArgumentException(table + " carries no last-change stamp");
        }
        List<Stamp> found = ownTransaction.execute(status -> jdbc.query(
                "select coalesce(s.display_name, t.updated_by) as changed_by, t.updated_at from " + table + " t "
                        + "left join staff_account s on s.username = t.updated_by where t.id = ?",
                (row, i) -> new Stamp(row.getString("changed_by"), toInstant(row.getTimestamp("updated_at"))), id));
        Stamp stamp = found == null || found.isEmpty() ? new Stamp(null, null) : found.getFirst();
        return new StaleVersionException(message(stamp), stamp.by(), stamp.at());
    }

    private String message(Stamp stamp) {
        if (stamp.by() == null || stamp.at() == null) {
            return "Someone else changed this after you opened it — reload to see their changes.";
        }
        ZonedDateTime at = stamp.at().atZone(clinic.zone());
        boolean today = at.toLocalDate().equals(LocalDate.now(clock.withZone(clinic.zone())));
        return "Changed by " + stamp.by() + (today ? " at " + TIME.format(at) : " on " + DAY_AND_TIME.format(at))
                + " — reload to see their changes.";
    }

    private static Instant toInstant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private record Stamp(String by, Instant at) {
    }
}
