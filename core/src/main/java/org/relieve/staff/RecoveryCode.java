package org.relieve.staff;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A one-time code that stands in for the authenticator app once; only its hash is kept. */
@Entity
@Table(name = "two_factor_recovery_code")
class RecoveryCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long staffAccountId;

    private String codeHash;

    private Instant usedAt;

    protected RecoveryCode() {
    }

    RecoveryCode(long staffAccountId, String code) {
        this.staffAccountId = staffAccountId;
        this.codeHash = hash(code);
    }

    /** Codes are compared without case, spaces or dashes: people copy them by hand. */
    static String hash(String code) {
        return Hashes.sha256(code.replaceAll("[\\s-]", "").toLowerCase());
    }

    void use(Instant now) {
        this.usedAt = now;
    }
}
