package org.relieve.common;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What every part of the domain relies on: method security on the application services (the first
 * line of access control, whatever calls them), the clinic's settings, one clock and one password
 * encoder.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(jsr250Enabled = true)
@EnableConfigurationProperties(ClinicProperties.class)
public class CoreConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * Bean Validation's idea of "now" ({@code @Past}, {@code @PastOrPresent}) is the clinic's day: a
     * front desk in Jakarta registering consent at 06:30 on the 27th must not be told it is in the
     * future because the server's clock still reads the 26th in UTC.
     */
    @Bean
    ValidationConfigurationCustomizer clinicZoneValidationClock(Clock clock, ClinicProperties clinic) {
        return configuration -> configuration.clockProvider(() -> clock.withZone(clinic.zone()));
    }

    /** Delegating, so stored hashes name their algorithm ({bcrypt}…) and can be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
