package org.relieve.common;

import java.util.Arrays;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work as a named person outside a request, such as start-up tasks and demo seeding, so that
 * the services' security checks and the audit trail apply to them exactly as they do to people.
 */
public final class RunAs {

    private RunAs() {
    }

    public static <T> T user(String username, Supplier<T> work, String... roles) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        String[] authorities = Arrays.stream(roles).map(role -> "ROLE_" + role).toArray(String[]::new);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, AuthorityUtils.createAuthorityList(authorities)));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void user(String username, Runnable work, String... roles) {
        user(username, () -> {
            work.run();
            return null;
        }, roles);
    }
}
