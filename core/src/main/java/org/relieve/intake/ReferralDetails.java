package org.relieve.intake;

import java.time.Instant;

public record ReferralDetails(long id, long intakeId, String referredTo, String note, boolean clearedForTreatment,
                              String authorName, Instant createdAt) {
}
