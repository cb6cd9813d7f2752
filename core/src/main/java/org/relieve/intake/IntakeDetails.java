package org.relieve.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.relieve.clinical.Acuity;
import org.relieve.clinical.PainCause;
import org.relieve.clinical.RedFlag;
import org.relieve.clinical.RegionSide;

/**
 * An intake as a therapist in care reads it.
 *
 * @param unresolvedRedFlags red flags without a recorded clearance: treatment stays blocked while any remain
 */
public record IntakeDetails(
        long id,
        long clientId,
        LocalDate assessedOn,
        String chiefComplaint,
        int painScore,
        int symptomWeeks,
        Acuity acuity,
        Set<PainCause> causes,
        PainCause primaryCause,
        List<RegionSide> painRegions,
        List<RegionSide> triggerPoints,
        boolean fascialRestriction,
        Set<RedFlag> redFlags,
        Set<RedFlag> unresolvedRedFlags,
        String palpationNotes,
        String goals,
        String authorName,
        Instant createdAt) {
}
