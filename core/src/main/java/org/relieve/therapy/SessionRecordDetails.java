package org.relieve.therapy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.relieve.clinical.RedFlag;
import org.relieve.clinical.RuleFinding;

/**
 * A session record as signed (or drafted), with its amendments in order. The current pain scores
 * are the latest amendment's where one corrected them.
 */
public record SessionRecordDetails(
        long id,
        long appointmentId,
        long clientId,
        OffsetDateTime appointmentStart,
        String authorName,
        int painBefore,
        int painAfter,
        List<TechniqueApplicationEntry> applications,
        String pressureNotes,
        String subjective,
        String objective,
        String assessment,
        String plan,
        String adverseReactions,
        Set<RedFlag> redFlags,
        SessionStatus status,
        Instant signedAt,
        String signedByName,
        List<RuleFinding> warnings,
        List<AmendmentDetails> amendments,
        long version) {

    public int currentPainBefore() {
        return amendments.stream().map(AmendmentDetails::painBefore).filter(java.util.Objects::nonNull)
                .reduce((first, second) -> second).orElse(painBefore);
    }

    public int currentPainAfter() {
        return amendments.stream().map(AmendmentDetails::painAfter).filter(java.util.Objects::nonNull)
                .reduce((first, second) -> second).orElse(painAfter);
    }
}
