package org.relieve.security;

import java.time.Duration;
import java.util.Optional;

import org.relieve.audit.AuditAction;
import org.relieve.audit.AuditTrail;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks username and password only while neither the username nor the source address is locked,
 * and counts every failure. Sits in front of the one password check that both the sign-in form and
 * the API's HTTP Basic use, so both are throttled alike.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final AuditTrail auditTrail;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle, AuditTrail auditTrail) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.auditTrail = auditTrail;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = sourceAddress(attempt);
        Optional<Duration> locked = throttle.lockRemaining(username, address);
        if (locked.isPresent()) {
            LoginThrottledException refusal = new LoginThrottledException(locked.get());
            audit(username, "refused while locked, " + refusal.retryAfterSeconds() + " s left, from " + address);
            throw refusal;
        }
        try {
            Authentication authenticated = passwords.authenticate(attempt);
            if (authenticated != null) {
                throttle.succeeded(username);
            }
            return authenticated;
        } catch (AuthenticationException failure) {
            for (LoginThrottle.LockStarted lock : throttle.failed(username, address)) {
                audit(username, lock.subject() + " locked for " + lock.lock().toSeconds() + " s after "
                        + lock.failures() + " failed sign-ins in a row, last from " + address);
            }
            throw failure;
        }
    }

    /** Failed sign-ins are audited from Spring's failure events; locks and refusals while locked here. */
    private void audit(String username, String detail) {
        String actor = username == null || username.isBlank() ? "(blank)" : username;
        auditTrail.recordFor(actor, AuditAction.LOGIN_THROTTLED, "StaffAccount", actor, null, detail);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }

    /** The client's address as the servlet container sees it (behind a proxy: set server.forward-headers-strategy). */
    static String sourceAddress(Authentication attempt) {
        return Optional.ofNullable(attempt.getDetails())
                .filter(WebAuthenticationDetails.class::isInstance)
                .map(details -> ((WebAuthenticationDetails) details).getRemoteAddress())
                .orElse("unknown");
    }
}
