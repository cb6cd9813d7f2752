package org.relieve.security;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * A session whose password was right but whose two-factor code is still due. It holds no role and
 * is not authenticated, so every view, service and route refuses it; only the code step
 * ({@link LoginCodeView}) can turn it into the sign-in it holds.
 */
public final class PendingSecondFactor extends AbstractAuthenticationToken {

    private final Authentication passwordSignIn;

    PendingSecondFactor(Authentication passwordSignIn) {
        super(List.of());
        this.passwordSignIn = passwordSignIn;
        setDetails(passwordSignIn.getDetails());
        super.setAuthenticated(false);
    }

    Authentication passwordSignIn() {
        return passwordSignIn;
    }

    @Override
    public String getName() {
        return passwordSignIn.getName();
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return passwordSignIn.getName();
    }

    @Override
    public void setAuthenticated(boolean authenticated) {
        if (authenticated) {
            throw new IllegalArgumentException("A pending sign-in becomes authenticated only through its code");
        }
        super.setAuthenticated(false);
    }
}
