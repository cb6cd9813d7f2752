package org.relieve.audit;

import java.time.Instant;

/** A line of the audit trail as shown to administrators. */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String actor,
        AuditAction action,
        String targetType,
        String targetId,
        Long clientId,
        String detail) {
}
