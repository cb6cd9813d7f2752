package org.relieve.staff;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The installation's sign-in policy; the table holds exactly one row. */
@Entity
@Table(name = "sign_in_setting")
class SignInSetting {

    static final short THE_ONE = 1;

    @Id
    private Short id;

    private boolean twoFactorRequired;

    private Instant updatedAt;

    private String updatedBy;

    protected SignInSetting() {
    }

    boolean isTwoFactorRequired() {
        return twoFactorRequired;
    }

    void requireTwoFactor(boolean required, String by, Instant now) {
        this.twoFactorRequired = required;
        this.updatedBy = by;
        this.updatedAt = now;
    }
}
