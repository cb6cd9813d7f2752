package org.relieve.plan;

import java.time.Instant;
import java.util.List;

import org.relieve.clinical.RuleFinding;

/**
 * A treatment plan as a therapist in care reads it.
 *
 * @param warnings soft-rule warnings the plan was saved with (kept with the record)
 */
public record PlanDetails(
        long id,
        long clientId,
        long intakeId,
        PlanStatus status,
        List<PlanStep> steps,
        int sessionsPlanned,
        int sessionsPerWeek,
        List<HomeCareAdvice> homeCare,
        List<RuleFinding> warnings,
        String authorName,
        Instant createdAt,
        Instant activatedAt,
        Instant completedAt,
        long version) {
}
