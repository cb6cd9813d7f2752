package org.relieve.plan;

import java.util.List;

import org.relieve.clinical.PressureLevel;
import org.relieve.clinical.RegionSide;
import org.relieve.clinical.Technique;

/**
 * One step of a session as the plan builder proposes it, with the reason a therapist can read.
 * Hold seconds are set only for techniques that hold (trigger point, myofascial release).
 */
public record ProposedStep(
        int order,
        Technique technique,
        List<RegionSide> regions,
        PressureLevel pressure,
        int minutes,
        Integer holdSecondsMin,
        Integer holdSecondsMax,
        String reason) {

    public ProposedStep {
        regions = List.copyOf(regions);
    }
}
