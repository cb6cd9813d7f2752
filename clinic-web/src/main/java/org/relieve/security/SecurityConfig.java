package org.relieve.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.relieve.audit.AuditTrail;
import org.relieve.staff.AccessTokenService;
import org.relieve.staff.StaffService;
import org.relieve.staff.TwoFactorService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Two filter chains: a stateless one for the REST API (HTTP Basic or a personal access token,
 * problem-details errors, no CSRF) and Vaadin's session-based one for people, which denies every
 * view not explicitly opened and holds a sign-in that still owes its two-factor code (DD006).
 * Not for the command-line tools ({@code --verify-audit}, {@code --generate-chain}), which run
 * without a web server (Vaadin's configurer needs a servlet context).
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
class SecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ProblemDetailsSecurityHandler problems,
                                       SecurityHeaders headers, StaffService staff,
                                       AuthenticationConfiguration passwords, TwoFactorService twoFactor,
                                       AccessTokenService tokens, AuditTrail auditTrail) throws Exception {
        headers.applyTo(http);
        return http.securityMatcher("/api/**")
                .addFilterAfter(new PasswordChangeRequiredFilter(staff), ExceptionTranslationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                // Basic for accounts without two-factor sign-in; a personal access token for every account
                .authenticationManager(new BasicRefusedForTwoFactor(passwords.getAuthenticationManager(), twoFactor, auditTrail))
                .addFilterBefore(new AccessTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiFilterChain(HttpSecurity http, SecurityHeaders headers, SignedInSessions signedIn,
                                      AuthenticationConfiguration passwords, TwoFactorService twoFactor,
                                      RequestUtil vaadinRequests) throws Exception {
        headers.applyTo(http);
        // after the default strategy has renewed the session id (no session fixation)
        http.sessionManagement(sessions -> sessions.addSessionAuthenticationStrategy(signedIn));
        // The password step (throttled); accounts with two-factor sign-in then owe a code before anything opens
        http.authenticationManager(new TwoFactorSignIn(passwords.getAuthenticationManager(), twoFactor));
        http.addFilterBefore(new SecondFactorGate(vaadinRequests), AuthorizationFilter.class);
        http.authorizeHttpRequests(requests -> requests
                // the login page needs our stylesheet before anyone is signed in
                .requestMatchers("/styles/**", "/images/**").permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/v3/api-docs", "/v3/api-docs/**").permitAll()
                // calendar apps cannot sign in: the feed's secret token is its key
                .requestMatchers("/calendar/*.ics").permitAll()
                .requestMatchers("/error").permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }
}
