package org.relieve.staff;

import java.time.Instant;

/** Whether an account signs in with a second factor, since when, and how many recovery codes are left. */
public record TwoFactorStatus(boolean enabled, Instant since, long recoveryCodesLeft) {

    static final TwoFactorStatus OFF = new TwoFactorStatus(false, null, 0);
}
