package org.relieve.security;

import java.io.IOException;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a half-finished sign-in on its next step for every page request: a session still owing
 * its two-factor code goes to {@code /login/code}, one that must enrol goes to {@code /account}.
 * Vaadin's own requests (UIDL, heartbeats) and static files pass, so those pages can work;
 * navigation inside the running app is held by {@link SecondFactorNavigationGuard}. For a session
 * owing its code this is the friendly half: that session is not authenticated, so the chain's
 * authorization refuses it everything that is not public anyway.
 */
class SecondFactorGate extends OncePerRequestFilter {

    static final String CODE_PATH = "/login/code";
    static final String ACCOUNT_PATH = "/account";
    private static final Set<String> ALWAYS_OPEN = Set.of("/login", CODE_PATH, "/logout", "/error");
    /**
     * Stylesheets, scripts, images and fonts the open pages load (Lumo's among them). Letting them
     * pass grants nothing: the chain's own authorization still applies after this gate.
     */
    private static final Pattern STATIC_FILE =
            Pattern.compile(".+\\.(css|js|mjs|png|svg|ico|jpg|jpeg|webp|woff2?|ttf|webmanifest)");

    private final RequestUtil vaadinRequests;
    private final RequestMatcher publicResources = VaadinSecurityConfigurer.getDefaultHttpSecurityPermitMatcher();

    SecondFactorGate(RequestUtil vaadinRequests) {
        this.vaadinRequests = vaadinRequests;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String nextStep = authentication instanceof PendingSecondFactor ? CODE_PATH
                : TwoFactorSignIn.mustEnrol(authentication) ? ACCOUNT_PATH : null;
        if (nextStep == null || open(request, nextStep)) {
            chain.doFilter(request, response);
            return;
        }
        response.sendRedirect(request.getContextPath() + nextStep);
    }

    private boolean open(HttpServletRequest request, String nextStep) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(nextStep) || ALWAYS_OPEN.contains(path) || STATIC_FILE.matcher(path).matches()
                || vaadinRequests.isFrameworkInternalRequest(request) || publicResources.matches(request);
    }
}
