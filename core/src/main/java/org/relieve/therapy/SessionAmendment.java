package org.relieve.therapy;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * A correction of a signed record, kept beside it; the database refuses changes to amendments.
 * Append-only, so it needs no version: two therapists amending at once add two amendments.
 */
@Entity
@Immutable
@Table(name = "session_amendment")
class SessionAmendment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long sessionRecordId;
    private String reason;
    private long authorId;
    private Instant createdAt;
    private Integer painBefore;
    private Integer painAfter;
    private String pressureNotes;
    private String subjective;
    private String objective;
    private String assessment;
    private String plan;
    private String adverseReactions;

    protected SessionAmendment() {
    }

    SessionAmendment(long sessionRecordId, Amendment amendment, long authorId, Instant createdAt) {
        this.sessionRecordId = sessionRecordId;
        this.reason = amendment.reason().strip();
        this.authorId = authorId;
        this.createdAt = createdAt;
        this.painBefore = amendment.painBefore();
        this.painAfter = amendment.painAfter();
        this.pressureNotes = amendment.pressureNotes();
        this.subjective = amendment.subjective();
        this.objective = amendment.objective();
        this.assessment = amendment.assessment();
        this.plan = amendment.plan();
        this.adverseReactions = amendment.adverseReactions();
    }

    long getAuthorId() {
        return authorId;
    }

    AmendmentDetails toDetails(String authorName) {
        return new AmendmentDetails(id, reason, authorName, createdAt, painBefore, painAfter, pressureNotes, subjective,
                objective, assessment, plan, adverseReactions);
    }
}
