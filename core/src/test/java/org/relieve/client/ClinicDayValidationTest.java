package org.relieve.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.validation.ConstraintViolationException;

import org.junit.jupiter.api.Test;
import org.relieve.ClinicFixture;
import org.relieve.clinical.ClientProfile;
import org.relieve.common.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Today" in validation is the clinic's day. At 23:30 UTC on 26 November it is already 06:30 on
 * the 27th in Jakarta, the demo clinic's zone: consent given this morning is not "in the future".
 */
@SpringBootTest(properties = "relieve.clinic.zone=Asia/Jakarta")
@Import(ClinicDayValidationTest.LateEveningUtc.class)
@Transactional
class ClinicDayValidationTest {

    @TestConfiguration
    static class LateEveningUtc {
        @Bean
        @Primary
        Clock lateEveningUtc() {
            return Clock.fixed(Instant.parse("2026-11-26T23:30:00Z"), ZoneOffset.UTC);
        }
    }

    @Autowired
    ClientService clients;

    @Autowired
    ClinicFixture clinic;

    @Test
    void consentGivenThisMorningInTheClinicsZoneIsAccepted() {
        clinic.staff();
        ClientDetails client = RunAs.user("desk", () -> clients.register(demographicsWithConsentOn(
                LocalDate.of(2026, 11, 27))), "FRONT_DESK");
        assertThat(client.consentGivenOn()).isEqualTo(LocalDate.of(2026, 11, 27));
    }

    @Test
    void consentDatedTomorrowInTheClinicsZoneIsRefused() {
        clinic.staff();
        assertThatThrownBy(() -> RunAs.user("desk", () -> clients.register(demographicsWithConsentOn(
                LocalDate.of(2026, 11, 28))), "FRONT_DESK"))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("future");
    }

    private static ClientDemographics demographicsWithConsentOn(LocalDate consent) {
        return new ClientDemographics("Ayu", "Pratama", LocalDate.of(1990, 5, 1), null, null,
                ClientProfile.OFFICE_WORKER, null, consent);
    }
}
