package org.relieve.security;

import java.util.List;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Moves the signed-in session a step on from inside a view: from "code due" to signed in, or from
 * "must enrol" to signed in. The new sign-in is stored in the HTTP session, where the next request
 * finds it. The session id was already renewed at the password step, so it is not renewed here.
 */
@Component
public class SignInSession {

    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    /** Whether the person in this session must enrol in two-factor sign-in before anything else. */
    public boolean mustEnrol() {
        return TwoFactorSignIn.mustEnrol(SecurityContextHolder.getContext().getAuthentication());
    }

    /** After a successful enrolment: the account page no longer holds the person back. */
    public void enrolmentDone() {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (!TwoFactorSignIn.mustEnrol(current)) {
            return;
        }
        List<GrantedAuthority> kept = current.getAuthorities().stream()
                .filter(authority -> !TwoFactorSignIn.MUST_ENROL.equals(authority.getAuthority()))
                .map(GrantedAuthority.class::cast).toList();
        store(TwoFactorSignIn.copyWith(current, kept));
    }

    void codeAccepted(PendingSecondFactor pending) {
        store(pending.passwordSignIn());
    }

    private void store(Authentication authentication) {
        SecurityContext context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.getContextHolderStrategy().setContext(context);
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        VaadinServletResponse response = VaadinServletResponse.getCurrent();
        if (request != null && response != null) {
            repository.saveContext(context, request.getHttpServletRequest(), response.getHttpServletResponse());
        }
    }
}
