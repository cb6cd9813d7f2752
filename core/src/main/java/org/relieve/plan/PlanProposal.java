package org.relieve.plan;

import java.util.List;
import java.util.Set;

import org.relieve.clinical.RedFlag;

/**
 * What the plan builder proposes from an intake: the therapist's starting point, not the plan.
 *
 * @param referralRequired the intake has red flags: the client must be referred to a healthcare
 *                         professional
 * @param blockingRedFlags red flags without a recorded clearance; while any remain, a plan cannot
 *                         be activated
 */
public record PlanProposal(
        List<ProposedStep> steps,
        List<HomeCareAdvice> homeCare,
        boolean referralRequired,
        Set<RedFlag> blockingRedFlags) {

    public PlanProposal {
        steps = List.copyOf(steps);
        homeCare = List.copyOf(homeCare);
        blockingRedFlags = Set.copyOf(blockingRedFlags);
    }
}
