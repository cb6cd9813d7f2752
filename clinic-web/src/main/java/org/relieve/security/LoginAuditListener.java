package org.relieve.security;

import org.relieve.audit.AuditAction;
import org.relieve.audit.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Audits sign-ins, failed sign-ins and sign-outs. Successful API calls authenticate on every
 * request and are not logged as sign-ins; failed ones are, because they are how guessing shows.
 */
@Component
class LoginAuditListener {

    private static final String TARGET = "StaffAccount";

    private final AuditTrail auditTrail;

    LoginAuditListener(AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
    }

    @EventListener
    void onLogin(InteractiveAuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        String step = authentication instanceof PendingSecondFactor ? "password accepted, two-factor code due, " : "";
        auditTrail.recordFor(authentication.getName(), AuditAction.LOGIN_SUCCEEDED, TARGET, authentication.getName(),
                null, step + source(authentication));
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        String username = attempt.getName() == null || attempt.getName().isBlank() ? "(blank)" : attempt.getName();
        auditTrail.recordFor(username, AuditAction.LOGIN_FAILED, TARGET, username, null,
                event.getException().getClass().getSimpleName() + ", " + source(attempt));
    }

    @EventListener
    void onLogout(LogoutSuccessEvent event) {
        auditTrail.recordFor(event.getAuthentication().getName(), AuditAction.LOGOUT, TARGET,
                event.getAuthentication().getName(), null, null);
    }

    private static String source(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? "from " + details.getRemoteAddress()
                : "from unknown address";
    }
}
