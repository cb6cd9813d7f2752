package org.relieve.ui.session;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.relieve.client.ClientDemographics;
import org.relieve.client.ClientService;
import org.relieve.clinical.BodyRegion;
import org.relieve.clinical.ClientProfile;
import org.relieve.clinical.PainCause;
import org.relieve.clinical.RegionSide;
import org.relieve.clinical.Side;
import org.relieve.common.BusinessRuleException;
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
import org.relieve.schedule.Booking;
import org.relieve.schedule.ClinicSetupService;
import org.relieve.schedule.RoomDetails;
import org.relieve.staff.StaffService;
import org.springframework.stereotype.Component;

/**
 * A client of the demo therapist's own, treated a little while ago: registered at the front desk,
 * assessed, with an active plan and a just-finished appointment. The test database is shared and
 * committed, so every call makes a new client.
 */
@Component
public class SessionFixtures {

    private final ClientService clients;
    private final IntakeService intakes;
    private final PlanService plans;
    private final AppointmentService appointments;
    private final ClinicSetupService setup;
    private final StaffService staff;

    SessionFixtures(ClientService clients, IntakeService intakes, PlanService plans, AppointmentService appointments,
                    ClinicSetupService setup, StaffService staff) {
        this.clients = clients;
        this.intakes = intakes;
        this.plans = plans;
        this.appointments = appointments;
        this.setup = setup;
        this.staff = staff;
    }

    public record Treated(long clientId, long appointmentId) {
    }

    public Treated clientTreatedByTherapistJustNow(ZoneId zone) {
        String lastName = "Session" + Long.toString(System.nanoTime(), 36);
        long clientId = RunAs.user("frontdesk", () -> clients.register(new ClientDemographics("Wayan", lastName,
                LocalDate.of(1979, 3, 14), null, null, ClientProfile.OFFICE_WORKER, null, null)), "FRONT_DESK").id();
        RunAs.user("therapist", () -> {
            IntakeDetails intake = intakes.record(clientId, chronicPostureIntake());
            PlanProposal proposal = plans.propose(intake.id());
            long planId = plans.create(clientId, new NewPlan(intake.id(),
                    proposal.steps().stream().map(PlanStep::of).toList(), 6, 1, proposal.homeCare())).id();
            plans.activate(planId);
        }, "THERAPIST");
        return new Treated(clientId, pastAppointment(clientId, zone).id());
    }

    /** Chronic, posture-led, a knot by the left scapula, no red flags: the plan builder proposes several steps. */
    private static NewIntake chronicPostureIntake() {
        return new NewIntake(LocalDate.now().minusDays(1), "Aching upper back after long days at the desk", 6, 20,
                Set.of(PainCause.POSTURE_SEDENTARY, PainCause.STRESS_TENSION), PainCause.POSTURE_SEDENTARY,
                List.of(RegionSide.both(BodyRegion.THORACIC_PARASPINAL), new RegionSide(BodyRegion.SCAPULAR, Side.LEFT)),
                List.of(new RegionSide(BodyRegion.SCAPULAR, Side.LEFT)), true, Set.of(), "Knot medial to left scapula",
                "Sit through a work day without pain");
    }

    /** Books a short appointment that has already started, at the first time nothing clashes with. */
    private AppointmentDetails pastAppointment(long clientId, ZoneId zone) {
        long therapistId = staff.findByUsername("therapist").orElseThrow().id();
        OffsetDateTime latest = OffsetDateTime.now(zone).truncatedTo(ChronoUnit.MINUTES).minusMinutes(10);
        return RunAs.user("frontdesk", () -> {
            List<RoomDetails> rooms = setup.rooms().stream().filter(RoomDetails::active).toList();
            for (int back = 0; back < 2 * 24 * 60; back += 10) {
                OffsetDateTime start = latest.minusMinutes(back);
                for (RoomDetails room : rooms) {
                    try {
                        return appointments.book(new Booking(clientId, therapistId, room.id(), start,
                                start.plusMinutes(5), null, null, "Session recorded in a test"));
                    } catch (ConflictException | BusinessRuleException taken) {
                        // try the next room or an earlier time
                    }
                }
            }
            throw new AssertionError("No free time in the last two days for the demo therapist");
        }, "FRONT_DESK");
    }
}
