package org.relieve.staff;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An account's TOTP secret: pending until its first code is confirmed, then required at sign-in. */
@Entity
@Table(name = "staff_two_factor")
class StaffTwoFactor {

    /** Wrong codes in a row after which codes are refused for {@link #LOCKOUT}. */
    static final int MAX_FAILED_ATTEMPTS = 5;
    static final Duration LOCKOUT = Duration.ofMinutes(5);

    @Id
    private Long staffAccountId;

    /** Sealed by {@link TwoFactorSecretCipher}; never leaves the service after enrolment. */
    private String secret;

    private Instant confirmedAt;

    private long lastUsedStep;

    private int failedAttempts;

    private Instant lastFailedAt;

    protected StaffTwoFactor() {
    }

    StaffTwoFactor(long staffAccountId, String sealedSecret) {
        this.staffAccountId = staffAccountId;
        this.secret = sealedSecret;
    }

    String sealedSecret() {
        return secret;
    }

    boolean isConfirmed() {
        return confirmedAt != null;
    }

    Instant confirmedAt() {
        return confirmedAt;
    }

    void confirm(Instant now, long step) {
        this.confirmedAt = now;
        accept(step);
    }

    /** Whether a code of this step would be a replay of one already accepted. */
    boolean alreadyUsed(long step) {
        return step <= lastUsedStep;
    }

    void accept(long step) {
        this.lastUsedStep = Math.max(lastUsedStep, step);
        this.failedAttempts = 0;
        this.lastFailedAt = null;
    }

    void acceptRecoveryCode() {
        this.failedAttempts = 0;
        this.lastFailedAt = null;
    }

    /** Counts a wrong code; a streak older than the lockout is forgotten first. */
    int recordFailure(Instant now) {
        if (lastFailedAt != null && !lastFailedAt.plus(LOCKOUT).isAfter(now)) {
            failedAttempts = 0;
        }
        failedAttempts++;
        lastFailedAt = now;
        return failedAttempts;
    }

    /** Too many wrong codes lately: codes are not even checked until the lockout has passed. */
    boolean lockedAt(Instant now) {
        return failedAttempts >= MAX_FAILED_ATTEMPTS && lastFailedAt != null
                && lastFailedAt.plus(LOCKOUT).isAfter(now);
    }
}
