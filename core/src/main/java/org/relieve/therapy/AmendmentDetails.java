package org.relieve.therapy;

import java.time.Instant;

public record AmendmentDetails(long id, String reason, String authorName, Instant createdAt, Integer painBefore,
                               Integer painAfter, String pressureNotes, String subjective, String objective,
                               String assessment, String plan, String adverseReactions) {
}
