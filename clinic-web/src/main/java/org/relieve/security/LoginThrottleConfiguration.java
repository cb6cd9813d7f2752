package org.relieve.security;

import org.relieve.audit.AuditTrail;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The password check every sign-in goes through, wrapped in the failed-sign-in throttle. Being the
 * only {@link AuthenticationProvider} bean, Spring Security builds its authentication manager from it.
 */
@Configuration
class LoginThrottleConfiguration {

    @Bean
    AuthenticationProvider throttledPasswordCheck(UserDetailsService staffAccounts, PasswordEncoder passwordEncoder,
                                                  LoginThrottle throttle, AuditTrail auditTrail) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(staffAccounts);
        passwords.setPasswordEncoder(passwordEncoder);
        return new ThrottledAuthenticationProvider(passwords, throttle, auditTrail);
    }
}
