package org.relieve.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes the audit trail: who did what to which record, and when (UTC). Events join the caller's
 * transaction and are appended to the hash chain when it commits, so a change that rolls back
 * leaves no claim that it happened.
 */
@Service
public class AuditTrail {

    private static final int MAX_DETAIL = 500;

    private final AuditEventRepository events;
    private final AuditChain chain;
    private final Clock clock;

    AuditTrail(AuditEventRepository events, AuditChain chain, Clock clock) {
        this.events = events;
        this.chain = chain;
        this.clock = clock;
    }

    /** Records an action of the person currently signed in. */
    @Transactional
    public void record(AuditAction action, String targetType, Object targetId, Long clientId, String detail) {
        recordFor(currentActor(), action, targetType, targetId, clientId, detail);
    }

    /**
     * Records an action for a named actor, for events with nobody signed in yet (such as logins).
     * Inside a transaction the event is appended when the transaction commits (and not at all if
     * it rolls back); outside one, at once.
     */
    @Transactional
    public void recordFor(String actor, AuditAction action, String targetType, Object targetId, Long clientId,
                          String detail) {
        AuditChain.Pending event = new AuditChain.Pending(clock.instant(), truncate(actor, 64), action, targetType,
                targetId == null ? null : truncate(targetId.toString(), 64), clientId, truncate(detail, MAX_DETAIL));
        List<AuditChain.Pending> pending = pendingInThisTransaction();
        if (!coveredByAnother(event, pending)) {
            pending.add(event);
        }
    }

    /**
     * One event per request, not one per row: a read is not logged again when the same transaction
     * already logged it, or already logged an export of the same client (an export reads everything).
     */
    private static boolean coveredByAnother(AuditChain.Pending event, List<AuditChain.Pending> pending) {
        if (event.action() != AuditAction.VIEW) {
            return false;
        }
        return pending.stream().anyMatch(earlier -> earlier.actor().equals(event.actor())
                && java.util.Objects.equals(earlier.clientId(), event.clientId()) && event.clientId() != null
                && (earlier.action() == AuditAction.EXPORT
                || (earlier.action() == AuditAction.VIEW && java.util.Objects.equals(earlier.targetType(), event.targetType())
                && java.util.Objects.equals(earlier.targetId(), event.targetId()))));
    }

    /**
     * Records a refused attempt in a transaction of its own: the refusal rolls the caller's work
     * back, but the attempt must stay on record.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRefusal(AuditAction action, String targetType, Object targetId, Long clientId, String detail) {
        recordFor(currentActor(), action, targetType, targetId, clientId, "refused: " + detail);
    }

    /**
     * Appends this transaction's events now rather than at commit, for code that reads the trail
     * back in the same transaction (tests that roll back, for one).
     */
    @Transactional
    public void flush() {
        List<AuditChain.Pending> pending = pendingInThisTransaction();
        chain.append(List.copyOf(pending));
        pending.clear();
    }

    /**
     * Events of the current transaction, appended to the chain as its last step before commit. They
     * live in the transaction's synchronization, which Spring suspends and resumes with the
     * transaction itself (a REQUIRES_NEW refusal must not land in its caller's list).
     */
    private List<AuditChain.Pending> pendingInThisTransaction() {
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof PendingEvents pending && pending.owner == this) {
                return pending.events;
            }
        }
        PendingEvents pending = new PendingEvents(this);
        TransactionSynchronizationManager.registerSynchronization(pending);
        return pending.events;
    }

    private static final class PendingEvents implements TransactionSynchronization {
        private final AuditTrail owner;
        private final List<AuditChain.Pending> events = new ArrayList<>();

        PendingEvents(AuditTrail owner) {
            this.owner = owner;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            owner.chain.append(events);
            events.clear();
        }

        @Override
        public int getOrder() {
            return LOWEST_PRECEDENCE; // after every other before-commit work: the tail lock is taken last
        }
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
