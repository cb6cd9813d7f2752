package org.relieve.plan;

import java.util.List;
import java.util.Set;

import org.relieve.clinical.Acuity;
import org.relieve.clinical.PainCause;
import org.relieve.clinical.RedFlag;
import org.relieve.clinical.RegionSide;

/**
 * The facts of an intake assessment that a treatment plan is built from.
 *
 * @param unresolvedRedFlags the intake's red flags for which no clearance has been recorded
 */
public record IntakeFindings(
        Acuity acuity,
        Set<PainCause> causes,
        PainCause primaryCause,
        List<RegionSide> painRegions,
        List<RegionSide> triggerPoints,
        boolean fascialRestriction,
        Set<RedFlag> redFlags,
        Set<RedFlag> unresolvedRedFlags) {

    public IntakeFindings {
        causes = Set.copyOf(causes);
        painRegions = List.copyOf(painRegions);
        triggerPoints = List.copyOf(triggerPoints);
        redFlags = Set.copyOf(redFlags);
        unresolvedRedFlags = Set.copyOf(unresolvedRedFlags);
    }

    public boolean has(PainCause cause) {
        return causes.contains(cause);
    }

    public boolean has(RedFlag flag) {
        return redFlags.contains(flag);
    }
}
