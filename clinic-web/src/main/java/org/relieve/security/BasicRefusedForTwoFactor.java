package org.relieve.security;

import org.relieve.audit.AuditAction;
import org.relieve.audit.AuditTrail;
import org.relieve.staff.TwoFactorService;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * HTTP Basic on the API for accounts that sign in with two factors: a password alone must not
 * open what the sign-in page guards with a code, so such accounts use a personal access token. The
 * password is checked first, so a stranger learns nothing about the account from the answer.
 */
class BasicRefusedForTwoFactor implements AuthenticationManager {

    private final AuthenticationManager passwords;
    private final TwoFactorService twoFactor;
    private final AuditTrail auditTrail;

    BasicRefusedForTwoFactor(AuthenticationManager passwords, TwoFactorService twoFactor, AuditTrail auditTrail) {
        this.passwords = passwords;
        this.twoFactor = twoFactor;
        this.auditTrail = auditTrail;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        Authentication signedIn = passwords.authenticate(attempt);
        boolean enabled = twoFactor.isEnabledFor(signedIn.getName());
        if (enabled || twoFactor.requiredForEveryone()) {
            auditTrail.recordFor(signedIn.getName(), AuditAction.LOGIN_FAILED, "StaffAccount", signedIn.getName(),
                    null, "HTTP Basic refused on the API: two-factor account without an access token");
            throw new ApiSignInRefused(enabled
                    ? "This account signs in with two factors, so the API does not accept its password. "
                    + "Create a personal access token under My account and send it as 'Authorization: Bearer <token>'."
                    : "Two-factor sign-in is required for every account: enrol under My account, then call the API "
                    + "with a personal access token ('Authorization: Bearer <token>').");
        }
        return signedIn;
    }
}
