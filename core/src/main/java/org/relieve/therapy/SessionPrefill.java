package org.relieve.therapy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.relieve.clinical.RegionSide;
import org.relieve.plan.PlanDetails;
import org.relieve.plan.PlanStep;

/** Starting points for a session record: the active plan's steps in order, or the last session. */
final class SessionPrefill {

    private SessionPrefill() {
    }

    /** One application per planned step and region; the step's minutes shared between its regions. */
    static NewSessionRecord fromPlan(PlanDetails plan) {
        List<TechniqueApplicationEntry> applications = new ArrayList<>();
        for (PlanStep step : plan.steps()) {
            int minutesEach = Math.max(1, step.minutes() / Math.max(1, step.regions().size()));
            for (RegionSide region : step.regions()) {
                applications.add(new TechniqueApplicationEntry(step.technique(), region.region(), region.side(),
                        step.pressure(), minutesEach, step.holdSecondsMin(), null));
            }
        }
        return new NewSessionRecord(null, null, applications, null, null, null, null, null, null, Set.of());
    }

    static NewSessionRecord fromLastSession(SessionRecordDetails last) {
        return new NewSessionRecord(null, null, last.applications().stream()
                .map(a -> new TechniqueApplicationEntry(a.technique(), a.region(), a.side(), a.pressure(), a.minutes(),
                        a.holdSeconds(), null)).toList(),
                null, null, null, null, last.plan(), null, Set.of());
    }
}
