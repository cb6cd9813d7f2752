package org.relieve.security;

import java.util.ArrayList;
import java.util.List;

import org.relieve.staff.TwoFactorService;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The password step of the form sign-in. A right password for an account with two-factor sign-in
 * yields only a {@link PendingSecondFactor}; one for an account without it, while an administrator
 * requires it for everyone, yields a sign-in marked {@link #MUST_ENROL}, which may open nothing but
 * the account page until enrolment is done.
 */
class TwoFactorSignIn implements AuthenticationManager {

    /** Authority of a sign-in that must enrol in two-factor before anything else. */
    static final String MUST_ENROL = "TWO_FACTOR_ENROLMENT_REQUIRED";

    private final AuthenticationManager passwords;
    private final TwoFactorService twoFactor;

    TwoFactorSignIn(AuthenticationManager passwords, TwoFactorService twoFactor) {
        this.passwords = passwords;
        this.twoFactor = twoFactor;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        Authentication signedIn = passwords.authenticate(attempt);
        if (twoFactor.isEnabledFor(signedIn.getName())) {
            return new PendingSecondFactor(signedIn);
        }
        if (twoFactor.requiredForEveryone()) {
            List<GrantedAuthority> authorities = new ArrayList<>(signedIn.getAuthorities());
            authorities.add(new SimpleGrantedAuthority(MUST_ENROL));
            return copyWith(signedIn, authorities);
        }
        return signedIn;
    }

    static boolean mustEnrol(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> MUST_ENROL.equals(authority.getAuthority()));
    }

    static Authentication copyWith(Authentication signedIn, List<? extends GrantedAuthority> authorities) {
        UsernamePasswordAuthenticationToken copy = UsernamePasswordAuthenticationToken.authenticated(
                signedIn.getPrincipal(), null, authorities);
        copy.setDetails(signedIn.getDetails());
        return copy;
    }
}
