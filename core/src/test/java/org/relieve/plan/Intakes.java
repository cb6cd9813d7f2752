package org.relieve.plan;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.relieve.clinical.Acuity;
import org.relieve.clinical.PainCause;
import org.relieve.clinical.RedFlag;
import org.relieve.clinical.RegionSide;

/** Builds intake findings for tests, starting from a plain subacute posture client with no findings. */
final class Intakes {

    private Acuity acuity = Acuity.SUBACUTE;
    private PainCause primaryCause = PainCause.POSTURE_SEDENTARY;
    private final Set<PainCause> otherCauses = EnumSet.noneOf(PainCause.class);
    private final List<RegionSide> painRegions = new ArrayList<>();
    private final List<RegionSide> triggerPoints = new ArrayList<>();
    private boolean fascialRestriction;
    private final Set<RedFlag> redFlags = EnumSet.noneOf(RedFlag.class);
    private final Set<RedFlag> cleared = EnumSet.noneOf(RedFlag.class);

    static Intakes intake(Acuity acuity, PainCause primaryCause) {
        Intakes intakes = new Intakes();
        intakes.acuity = acuity;
        intakes.primaryCause = primaryCause;
        return intakes;
    }

    Intakes alsoCausedBy(PainCause cause) {
        otherCauses.add(cause);
        return this;
    }

    Intakes painIn(RegionSide... regions) {
        painRegions.addAll(List.of(regions));
        return this;
    }

    Intakes knotsIn(RegionSide... regions) {
        triggerPoints.addAll(List.of(regions));
        return this;
    }

    Intakes fascialRestriction() {
        fascialRestriction = true;
        return this;
    }

    Intakes redFlag(RedFlag flag) {
        redFlags.add(flag);
        return this;
    }

    Intakes clearedRedFlag(RedFlag flag) {
        redFlags.add(flag);
        cleared.add(flag);
        return this;
    }

    IntakeFindings findings() {
        Set<PainCause> causes = EnumSet.copyOf(otherCauses);
        causes.add(primaryCause);
        Set<RedFlag> unresolved = EnumSet.copyOf(redFlags);
        unresolved.removeAll(cleared);
        return new IntakeFindings(acuity, causes, primaryCause, painRegions, triggerPoints, fascialRestriction,
                redFlags, unresolved);
    }
}
