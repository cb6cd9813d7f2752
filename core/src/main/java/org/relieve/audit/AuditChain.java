package org.relieve.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Appends events to the audit trail as a hash chain: each row stores the SHA-256 of its own content
 * and of the row before it, so an altered, inserted or deleted row breaks the chain. Appends are
 * serialised by a transaction-scoped advisory lock (the "previous hash" must be the committed last
 * one), taken as the transaction's very last step so it is never held while waiting for other locks.
 */
@Component
class AuditChain {

    /** The advisory-lock key of the audit trail's tail. */
    private static final long TAIL_LOCK = 0x4155_4449_545F_5441L; // "AUDIT_TA"

    private final JdbcTemplate jdbc;

    AuditChain(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Pending(Instant occurredAt, String actor, AuditAction action, String targetType, String targetId,
                   Long clientId, String detail) {

        Pending {
            occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS); // what PostgreSQL stores, so it re-hashes equal
        }
    }

    void append(List<Pending> events) {
        if (events.isEmpty()) {
            return;
        }
        jdbc.queryForList("select pg_advisory_xact_lock(?)", TAIL_LOCK);
        List<String> last = jdbc.queryForList("select hash from audit_event where hash is not null order by id desc limit 1",
                String.class);
        String previous = last.isEmpty() ? null : last.getFirst();
        for (Pending event : events) {
            String hash = hash(previous, event.occurredAt(), event.actor(), event.action().name(), event.targetType(),
                    event.targetId(), event.clientId(), event.detail());
            jdbc.update("""
                    insert into audit_event (occurred_at, actor, action, target_type, target_id, client_id, detail, prev_hash, hash)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", Timestamp.from(event.occurredAt()), event.actor(),
                    event.action().name(), event.targetType(), event.targetId(), event.clientId(), event.detail(), previous,
                    hash);
            previous = hash;
        }
    }

    static String hash(String previous, Instant occurredAt, String actor, String action, String targetType,
                       String targetId, Long clientId, String detail) {
        String canonical = String.join("\n", nz(previous), occurredAt.truncatedTo(ChronoUnit.MICROS).toString(),
                nz(actor), nz(action), nz(targetType), nz(targetId), clientId == null ? "" : clientId.toString(), nz(detail));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
