package org.relieve.audit;

import java.time.Clock;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the audit trail: who did what to which record, and when (UTC). Writes join the caller's
 * transaction, so a change that rolls back leaves no claim that it happened.
 */
@Service
public class AuditTrail {

    private static final int MAX_DETAIL = 500;

    private final AuditEventRepository events;
    private final Clock clock;

    AuditTrail(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Records an action of the person currently signed in. */
    @Transactional
    public void record(AuditAction action, String targetType, Object targetId, Long clientId, String detail) {
        recordFor(currentActor(), action, targetType, targetId, clientId, detail);
    }

    /** Records an action for a named actor, for events with nobody signed in yet (such as logins). */
    @Transactional
    public void recordFor(String actor, AuditAction action, String targetType, Object targetId, Long clientId,
                          String detail) {
        events.save(new AuditEvent(clock.instant(), truncate(actor, 64), action, targetType,
                targetId == null ? null : truncate(targetId.toString(), 64), clientId, truncate(detail, MAX_DETAIL)));
    }

    /**
     * Records a refused attempt in a transaction of its own: the refusal rolls the caller's work
     * back, but the attempt must stay on record.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRefusal(AuditAction action, String targetType, Object targetId, Long clientId, String detail) {
        recordFor(currentActor(), action, targetType, targetId, clientId, "refused: " + detail);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEntry> latest(String actor, int max) {
        return events.findLatest(actor, PageRequest.ofSize(max)).stream().map(AuditEvent::toEntry).toList();
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }

    private static String truncate(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1) + "…";
    }
}
