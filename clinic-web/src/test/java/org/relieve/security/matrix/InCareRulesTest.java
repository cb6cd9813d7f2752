package org.relieve.security.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.relieve.IntegrationTest;
import org.relieve.client.ClientDemographics;
import org.relieve.client.ClientService;
import org.relieve.clinical.ClientProfile;
import org.relieve.common.BusinessRuleException;
import org.relieve.common.ConflictException;
import org.relieve.common.RunAs;
import org.relieve.intake.IntakeService;
import org.relieve.plan.PlanService;
import org.relieve.schedule.AppointmentService;
import org.relieve.schedule.Booking;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The three ways a therapist has a client "in their care" (design §6), which the access matrix uses
 * but does not take apart: primary therapist; author of one of the client's intakes, plans or session
 * records; a non-cancelled appointment from 90 days ago onward (and that grant is audited). Each
 * client here is Maya Lee's; Arif Santoso is the colleague whose access is in question.
 */
@IntegrationTest
class InCareRulesTest {

    @Autowired
    ClientService clients;

    @Autowired
    IntakeService intakes;

    @Autowired
    PlanService plans;

    @Autowired
    AppointmentService appointments;

    @Autowired
    MatrixFixture fixture;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aColleagueWithNoLinkToTheClientIsRefusedAndTheAttemptIsAudited() {
        long client = mayasClient();

        assertThat(arifReadsIntakes(client)).isFalse();
        assertThat(audited(client, "VIEW", "refused: not in care")).isEqualTo(1);
    }

    @Test
    void anAppointmentFromTheLast90DaysLetsTheColleagueInAndTheGrantIsAudited() {
        long client = mayasClient();
        bookArif(client, 80);

        assertThat(arifReadsIntakes(client)).isTrue();
        assertThat(audited(client, "ACCESS_GRANTED", "through an appointment")).isEqualTo(1);
    }

    @Test
    void aFutureAppointmentLetsTheColleagueIn() {
        long client = mayasClient();
        bookArif(client, -20);

        assertThat(arifReadsIntakes(client)).isTrue();
    }

    @Test
    void anAppointmentOlderThan90DaysDoesNot() {
        long client = mayasClient();
        bookArif(client, 100);

        assertThat(arifReadsIntakes(client)).isFalse();
    }

    @Test
    void aCancelledAppointmentDoesNot() {
        long client = mayasClient();
        long appointment = bookArif(client, 10);
        RunAs.user("frontdesk", () -> appointments.cancel(appointment, "Client cancelled"), "FRONT_DESK");

        assertThat(arifReadsIntakes(client)).isFalse();
    }

    @Test
    void theAuthorOfAnIntakeStaysInCareAfterTheAppointmentThatLetThemInIsCancelled() {
        long client = mayasClient();
        long appointment = bookArif(client, -30);
        RunAs.user("therapist2", () -> intakes.record(client, MatrixFixture.intake()), "THERAPIST");
        RunAs.user("frontdesk", () -> appointments.cancel(appointment, "Client cancelled"), "FRONT_DESK");

        assertThat(arifReadsIntakes(client)).isTrue();
        assertThat(detailsOf(client).primaryTherapistId()).as("Maya stays the primary therapist")
                .isEqualTo(fixture.ready().mayaId);
    }

    @Test
    void theAuthorOfAPlanStaysInCareAfterTheAppointmentThatLetThemInIsCancelled() {
        long client = mayasClient();
        long intake = RunAs.user("therapist", () -> intakes.record(client, MatrixFixture.intake()), "THERAPIST").id();
        long appointment = bookArif(client, -40);
        RunAs.user("therapist2", () -> plans.create(client, new org.relieve.plan.NewPlan(intake,
                fixture.ready().plan().steps(), 6, 1, java.util.List.of())), "THERAPIST");
        RunAs.user("frontdesk", () -> appointments.cancel(appointment, "Client cancelled"), "FRONT_DESK");

        assertThat(arifReadsIntakes(client)).isTrue();
    }

    @Test
    void aTherapistTakesOnAClientWithoutAPrimaryTherapistByStartingTheIntake() {
        String lastName = "Unassigned" + UUID.randomUUID().toString().substring(0, 8);
        long client = RunAs.user("frontdesk", () -> clients.register(new ClientDemographics("Kadek", lastName,
                LocalDate.of(1970, 1, 1), null, null, ClientProfile.OLDER_ADULT, null, null)), "FRONT_DESK").id();
        assertThat(arifReadsIntakes(client)).isFalse();

        RunAs.user("therapist2", () -> intakes.record(client, MatrixFixture.intake()), "THERAPIST");

        assertThat(arifReadsIntakes(client)).isTrue();
        assertThat(detailsOf(client).primaryTherapistName()).isEqualTo("Arif Santoso");
        assertThatThrownBy(() -> RunAs.user("therapist", () -> intakes.forClient(client), "THERAPIST"))
                .as("the first therapist to assess takes the client on; others are not let in")
                .isInstanceOf(AccessDeniedException.class);
    }

    private long mayasClient() {
        long maya = fixture.ready().mayaId;
        String lastName = "InCare" + UUID.randomUUID().toString().substring(0, 8);
        return RunAs.user("frontdesk", () -> clients.register(new ClientDemographics("Made", lastName,
                LocalDate.of(1984, 8, 9), null, null, ClientProfile.OFFICE_WORKER, maya, null)), "FRONT_DESK").id();
    }

    private org.relieve.client.ClientDetails detailsOf(long client) {
        return RunAs.user("frontdesk", () -> clients.get(client), "FRONT_DESK");
    }

    private boolean arifReadsIntakes(long client) {
        try {
            RunAs.user("therapist2", () -> intakes.forClient(client), "THERAPIST");
            return true;
        } catch (AccessDeniedException refused) {
            return false;
        }
    }

    /** An appointment of Arif's with the client, that many days ago (negative: ahead), at a time he is free. */
    private long bookArif(long client, int daysAgo) {
        long arif = fixture.ready().arifId;
        OffsetDateTime day = OffsetDateTime.now(fixture.zone()).truncatedTo(ChronoUnit.HOURS).minusDays(daysAgo);
        return RunAs.user("frontdesk", () -> {
            for (int attempt = 0; attempt < 50; attempt++) {
                OffsetDateTime start = day.plusMinutes(10L * ThreadLocalRandom.current().nextInt(-30, 30));
                try {
                    return appointments.book(new Booking(client, arif, fixture.roomId, start, start.plusMinutes(10),
                            null, null, MatrixFixture.OVERRIDE)).id();
                } catch (ConflictException | BusinessRuleException taken) {
                    // someone or the room is busy then: another time that day
                }
            }
            throw new AssertionError("Arif has no free time around " + day);
        }, "FRONT_DESK");
    }

    private long audited(long client, String action, String detail) {
        return jdbc.queryForObject("select count(*) from audit_event where actor = 'therapist2' and client_id = ? "
                + "and action = ? and detail = ?", Long.class, client, action, detail);
    }
}
