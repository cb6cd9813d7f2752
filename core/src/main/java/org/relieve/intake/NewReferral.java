package org.relieve.intake;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A referral to a healthcare professional, or that professional's clearance.
 *
 * @param clearedForTreatment the professional cleared the client for massage: this alone resolves
 *                            the intake's red flags; without it the referral documents that the
 *                            client was sent on and treatment stays blocked
 */
public record NewReferral(
        @NotBlank(message = "Say to whom the client was referred.")
        @Size(max = 200, message = "Keep this under 200 characters.")
        String referredTo,
        @Size(max = 2000, message = "Keep the note under 2000 characters.")
        String note,
        boolean clearedForTreatment) {
}
