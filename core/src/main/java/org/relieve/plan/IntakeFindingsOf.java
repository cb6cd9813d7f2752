package org.relieve.plan;

import org.relieve.intake.IntakeDetails;

/** Reads the plan builder's input off an intake. */
final class IntakeFindingsOf {

    private IntakeFindingsOf() {
    }

    static IntakeFindings intake(IntakeDetails intake) {
        return new IntakeFindings(intake.acuity(), intake.causes(), intake.primaryCause(), intake.painRegions(),
                intake.triggerPoints(), intake.fascialRestriction(), intake.redFlags(), intake.unresolvedRedFlags());
    }
}
