package org.relieve.audit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One line of the audit trail. Written once (append-only, so no version); the database refuses updates and deletes. */
@Entity
@Immutable
@Table(name = "audit_event")
class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant occurredAt;

    private String actor;

    @Enumerated(EnumType.STRING)
    private AuditAction action;

    private String targetType;

    private String targetId;

    private Long clientId;

    private String detail;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String actor, AuditAction action, String targetType, String targetId,
               Long clientId, String detail) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.clientId = clientId;
        this.detail = detail;
    }

    AuditEntry toEntry() {
        return new AuditEntry(id, occurredAt, actor, action, targetType, targetId, clientId, detail);
    }
}
