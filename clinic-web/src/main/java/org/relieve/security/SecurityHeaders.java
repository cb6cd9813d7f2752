package org.relieve.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.stereotype.Component;

/**
 * Response headers for both filter chains. The Content-Security-Policy is the narrowest Vaadin Flow
 * runs under: its bootstrap page starts the client engine with an inline script, the engine builds
 * functions from the JavaScript the server sends ({@code 'unsafe-eval'}), and components set inline
 * styles. Everything else comes from our own origin; nothing may frame the app. HSTS only when the
 * deployment promises TLS ({@code relieve.security.hsts=true}), since it outlives a misconfiguration.
 */
@Component
class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private static final long ONE_YEAR_IN_SECONDS = 365L * 24 * 60 * 60;

    private final boolean hsts;

    SecurityHeaders(@Value("${relieve.security.hsts:false}") boolean hsts) {
        this.hsts = hsts;
    }

    void applyTo(HttpSecurity http) throws Exception {
        http.headers(headers -> {
            // Vaadin's pages are forwarded to its servlet, and a forwarded response is committed past the
            // filter that would add headers on commit: write them before the request is handled instead.
            headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
            headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .frameOptions(frame -> frame.deny())
                    .contentTypeOptions(Customizer.withDefaults())
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
            if (hsts) {
                headers.httpStrictTransportSecurity(transport -> transport.includeSubDomains(true)
                        .maxAgeInSeconds(ONE_YEAR_IN_SECONDS));
            } else {
                headers.httpStrictTransportSecurity(transport -> transport.disable());
            }
        });
    }
}
