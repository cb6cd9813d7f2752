package org.relieve.intake;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * A referral of an intake's client to a healthcare professional, or a recorded clearance. Append-only
 * (a later clearance is a new referral), so it needs no version: there is no update to lose.
 */
@Entity
@Immutable
@Table(name = "referral")
class Referral {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long intakeId;
    private String referredTo;
    private String note;
    private boolean clearedForTreatment;
    private long authorId;
    private Instant createdAt;

    protected Referral() {
    }

    Referral(long intakeId, NewReferral referral, long authorId, Instant createdAt) {
        this.intakeId = intakeId;
        this.referredTo = referral.referredTo().strip();
        this.note = referral.note();
        this.clearedForTreatment = referral.clearedForTreatment();
        this.authorId = authorId;
        this.createdAt = createdAt;
    }

    long getAuthorId() {
        return authorId;
    }

    ReferralDetails toDetails(String authorName) {
        return new ReferralDetails(id, intakeId, referredTo, note, clearedForTreatment, authorName, createdAt);
    }
}
