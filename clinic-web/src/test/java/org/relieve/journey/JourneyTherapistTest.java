package org.relieve.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.relieve.client.ClientDemographics;
import org.relieve.client.ClientService;
import org.relieve.clinical.BodyRegion;
import org.relieve.clinical.ClientProfile;
import org.relieve.clinical.PainCause;
import org.relieve.clinical.RegionSide;
import org.relieve.clinical.Side;
import org.relieve.common.BusinessRuleException;
import org.relieve.common.ClinicProperties;
import org.relieve.common.ConflictException;
import org.relieve.common.RunAs;
import org.relieve.intake.IntakeDetails;
import org.relieve.intake.IntakeService;
import org.relieve.intake.NewIntake;
import org.relieve.plan.NewPlan;
import org.relieve.plan.PlanProposal;
import org.relieve.plan.PlanService;
import org.relieve.plan.PlanStep;
import org.relieve.schedule.AppointmentDetails;
import org.relieve.schedule.AppointmentService;
import org.relieve.schedule.AppointmentStatus;
import org.relieve.schedule.Booking;
import org.relieve.schedule.ClinicSetupService;
import org.relieve.schedule.RoomDetails;
import org.relieve.staff.StaffService;
import org.relieve.therapy.SessionRecordDetails;
import org.relieve.therapy.SessionRecordService;
import org.relieve.therapy.SessionStatus;
import org.relieve.therapy.TechniqueApplicationEntry;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The therapist's day in a real browser: open today's appointment from Today, record the session
 * from the plan (pain before and after, pressure notes, one more region clicked on the body map),
 * sign it, and correct the pain score with an amendment.
 */
class JourneyTherapistTest extends BrowserJourney {

    @Autowired
    ClientService clients;
    @Autowired
    IntakeService intakes;
    @Autowired
    PlanService plans;
    @Autowired
    AppointmentService appointments;
    @Autowired
    ClinicSetupService setup;
    @Autowired
    SessionRecordService sessions;
    @Autowired
    StaffService staff;
    @Autowired
    ClinicProperties clinic;

    @Test
    void theTherapistRecordsTodaysSessionFromThePlanSignsItAndAddsAnAmendment() {
        String clientName = "Made Journey" + Long.toString(System.nanoTime(), 36);
        AppointmentDetails appointment = startedTodayWithMaya(clientWithActivePlan(clientName));

        signIn("therapist");
        screenshot("home");

        TodayPage today = new TodayPage(this);
        today.open();
        today.buttonInRowOf(clientName, "Record session").click();
        waitForVaadin();
        SessionRecordPage record = new SessionRecordPage(this);
        record.waitForClient(clientName);
        screenshot("start");

        record.startFromPlan();
        int planned = record.techniqueRows();
        assertThat(planned).as("one technique row per planned step and region").isGreaterThan(1);
        record.painBefore(6);
        record.painAfter(3);
        record.pressureNotes("Firm on the left paraspinals, eased off near the scapula; client asked for less on the QL.");
        record.clickBodyMap("QUADRATUS_LUMBORUM-LEFT");
        assertThat(record.fillOf("QUADRATUS_LUMBORUM-LEFT")).isNotEqualTo(record.fillOf("QUADRATUS_LUMBORUM-RIGHT"));
        screenshot("recorded");

        record.clickSign();
        screenshot("sign-confirm");
        mainStep("sign", record::confirmSign);
        screenshot("signed");

        record.amendPainAfter(4, "Client called the next morning: the ache settled at 4, not 3.");
        screenshot("amended");

        SessionRecordDetails signed = RunAs.user("therapist",
                () -> sessions.forAppointment(appointment.id()).orElseThrow(), "THERAPIST");
        assertThat(signed.status()).isEqualTo(SessionStatus.SIGNED);
        assertThat(signed.painBefore()).isEqualTo(6);
        assertThat(signed.painAfter()).as("the signed value is kept").isEqualTo(3);
        assertThat(signed.currentPainAfter()).as("the amendment corrects it").isEqualTo(4);
        assertThat(signed.pressureNotes()).startsWith("Firm on the left paraspinals");
        assertThat(signed.applications()).hasSize(planned + 1)
                .extracting(TechniqueApplicationEntry::region, TechniqueApplicationEntry::side)
                .contains(org.assertj.core.groups.Tuple.tuple(BodyRegion.QUADRATUS_LUMBORUM, Side.LEFT));
        assertThat(signed.amendments()).hasSize(1);
        assertThat(RunAs.user("therapist", () -> appointments.get(appointment.id()), "THERAPIST").status())
                .isEqualTo(AppointmentStatus.COMPLETED);
    }

    /** Registered at the front desk; assessed by Maya Lee (chronic, posture-led, a knot by the left scapula); plan active. */
    private long clientWithActivePlan(String fullName) {
        String[] names = fullName.split(" ", 2);
        long clientId = RunAs.user("frontdesk", () -> clients.register(new ClientDemographics(names[0], names[1],
                LocalDate.of(1984, 7, 2), null, null, ClientProfile.OFFICE_WORKER, null, null)), "FRONT_DESK").id();
        RunAs.user("therapist", () -> {
            IntakeDetails intake = intakes.record(clientId, new NewIntake(LocalDate.now(clinic.zone()).minusDays(7),
                    "Aching upper back after long days at the desk", 6, 20,
                    Set.of(PainCause.POSTURE_SEDENTARY), PainCause.POSTURE_SEDENTARY,
                    List.of(RegionSide.both(BodyRegion.THORACIC_PARASPINAL), new RegionSide(BodyRegion.SCAPULAR, Side.LEFT)),
                    List.of(new RegionSide(BodyRegion.SCAPULAR, Side.LEFT)), true, Set.of(),
                    "Knot medial to the left scapula", "Sit through a work day without pain"));
            PlanProposal proposal = plans.propose(intake.id());
            long planId = plans.create(clientId, new NewPlan(intake.id(), proposal.steps().stream().map(PlanStep::of).toList(),
                    6, 1, proposal.homeCare())).id();
            plans.activate(planId);
        }, "THERAPIST");
        return clientId;
    }

    /**
     * Today's appointment with Maya Lee that has already started (so Today offers "Record session"):
     * the latest start today, counting back from now, where she and a room are free.
     */
    private AppointmentDetails startedTodayWithMaya(long clientId) {
        long maya = RunAs.user("frontdesk", () -> staff.findByUsername("therapist").orElseThrow().id(), "FRONT_DESK");
        ZonedDateTime now = ZonedDateTime.now(clinic.zone());
        OffsetDateTime midnight = now.toLocalDate().atStartOfDay(clinic.zone()).toOffsetDateTime();
        OffsetDateTime latest = now.toOffsetDateTime().truncatedTo(ChronoUnit.MINUTES).minusMinutes(1);
        return RunAs.user("frontdesk", () -> {
            List<RoomDetails> rooms = setup.rooms().stream().filter(RoomDetails::active).toList();
            for (OffsetDateTime start = latest; !start.isBefore(midnight); start = start.minusMinutes(5)) {
                for (RoomDetails room : rooms) {
                    try {
                        return appointments.book(new Booking(clientId, maya, room.id(), start, start.plusMinutes(30),
                                null, null, "Browser journey: session in progress"));
                    } catch (ConflictException | BusinessRuleException taken) {
                        // Maya or the room is busy then: try earlier
                    }
                }
            }
            throw new AssertionError("No free half hour for Maya Lee earlier today");
        }, "FRONT_DESK");
    }
}
