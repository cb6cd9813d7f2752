package org.relieve.security.matrix;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.relieve.client.ClientDemographics;
import org.relieve.client.ClientService;
import org.relieve.clinical.BodyRegion;
import org.relieve.clinical.ClientProfile;
import org.relieve.clinical.PainCause;
import org.relieve.clinical.PressureLevel;
import org.relieve.clinical.RegionSide;
import org.relieve.clinical.Side;
import org.relieve.clinical.Technique;
import org.relieve.common.ClinicProperties;
import org.relieve.common.RunAs;
import org.relieve.intake.IntakeService;
import org.relieve.intake.NewIntake;
import org.relieve.plan.NewPlan;
import org.relieve.plan.PlanService;
import org.relieve.plan.PlanStep;
import org.relieve.schedule.AppointmentService;
import org.relieve.schedule.Booking;
import org.relieve.schedule.ClinicSetupService;
import org.relieve.schedule.RoomDetails;
import org.relieve.staff.NewStaffAccount;
import org.relieve.staff.StaffRole;
import org.relieve.staff.StaffService;
import org.relieve.therapy.NewSessionRecord;
import org.relieve.therapy.SessionRecordService;
import org.relieve.therapy.TechniqueApplicationEntry;
import org.springframework.stereotype.Component;

/**
 * The records the access matrix tries every caller against, made once per test JVM through the
 * services themselves: a client in Maya Lee's care (she took the client on with the intake, wrote an
 * active plan, treated the client and signed the session record) whom Arif Santoso has never seen,
 * plus a draft plan and a spare therapist account for the writes that would otherwise change the demo
 * accounts. Writes that need a record in a given state (a draft to sign, a booked appointment to
 * cancel) get a fresh one from the methods below, so a cell's outcome never depends on an earlier cell.
 * The test database is shared and committed: names are unique, appointments lie in a random far
 * past or far future week where nothing else is booked.
 */
@Component
class MatrixFixture {

    static final String OVERRIDE = "Access matrix: outside hours on purpose";

    private final ClientService clients;
    private final IntakeService intakes;
    private final PlanService plans;
    private final AppointmentService appointments;
    private final SessionRecordService sessions;
    private final ClinicSetupService setup;
    private final StaffService staff;
    private final ZoneId zone;

    private final AtomicInteger slots = new AtomicInteger();
    private final OffsetDateTime futureBase;
    private final OffsetDateTime pastBase;

    private volatile boolean ready;
    long mayaId;
    long arifId;
    long spareTherapistId;
    long roomId;
    String roomName;
    String lastName;
    long clientId;
    long intakeId;
    long activePlanId;
    long draftPlanId;
    long treatedAppointmentId;
    long signedRecordId;

    MatrixFixture(ClientService clients, IntakeService intakes, PlanService plans, AppointmentService appointments,
                  SessionRecordService sessions, ClinicSetupService setup, StaffService staff, ClinicProperties clinic) {
        this.clients = clients;
        this.intakes = intakes;
        this.plans = plans;
        this.appointments = appointments;
        this.sessions = sessions;
        this.setup = setup;
        this.staff = staff;
        this.zone = clinic.zone();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        this.futureBase = LocalDate.of(2050, 1, 3).plusWeeks(random.nextInt(0, 2000)).atTime(LocalTime.of(6, 0))
                .atZone(zone).toOffsetDateTime();
        this.pastBase = LocalDate.of(2001, 1, 1).plusWeeks(random.nextInt(0, 600)).atTime(LocalTime.of(6, 0))
                .atZone(zone).toOffsetDateTime();
    }

    /** Makes the shared records on first use. */
    synchronized MatrixFixture ready() {
        if (ready) {
            return this;
        }
        mayaId = RunAs.user("admin", () -> staff.findByUsername("therapist").orElseThrow().id(), "ADMIN");
        arifId = RunAs.user("admin", () -> staff.findByUsername("therapist2").orElseThrow().id(), "ADMIN");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        spareTherapistId = RunAs.user("admin", () -> staff.create(new NewStaffAccount("matrix-spare-" + suffix,
                "Spare Therapist " + suffix, "Quiet-harbour-7431-lantern", Set.of(StaffRole.THERAPIST))), "ADMIN").id();
        RoomDetails room = RunAs.user("frontdesk", () -> setup.rooms().stream().filter(RoomDetails::active)
                .findFirst().orElseThrow(), "FRONT_DESK");
        roomId = room.id();
        roomName = room.name();

        lastName = "Matrix" + suffix;
        clientId = RunAs.user("frontdesk", () -> clients.register(new ClientDemographics("Putu", lastName,
                LocalDate.of(1980, 6, 1), null, null, ClientProfile.OFFICE_WORKER, null, null)), "FRONT_DESK").id();
        RunAs.user("therapist", () -> {
            intakeId = intakes.record(clientId, intake()).id();
            activePlanId = plans.create(clientId, plan()).id();
            plans.activate(activePlanId);
        }, "THERAPIST");
        treatedAppointmentId = pastAppointment();
        signedRecordId = RunAs.user("therapist", () -> {
            long id = sessions.create(treatedAppointmentId, sessionRecord()).id();
            return sessions.sign(id).id();
        }, "THERAPIST");
        draftPlanId = RunAs.user("therapist", () -> plans.create(clientId, plan()).id(), "THERAPIST");
        ready = true;
        return this;
    }

    // ---- bodies every write uses: valid, so that a refusal is about who asks, not what they send

    static NewIntake intake() {
        return new NewIntake(LocalDate.now().minusDays(2), "Upper back ache after desk work", 6, 20,
                Set.of(PainCause.POSTURE_SEDENTARY), PainCause.POSTURE_SEDENTARY,
                List.of(RegionSide.both(BodyRegion.THORACIC_PARASPINAL)),
                List.of(new RegionSide(BodyRegion.SCAPULAR, Side.LEFT)), true, Set.of(), null, null);
    }

    NewPlan plan() {
        return new NewPlan(intakeId, List.of(new PlanStep(1, Technique.TRIGGER_POINT,
                List.of(new RegionSide(BodyRegion.SCAPULAR, Side.LEFT)), PressureLevel.FIRM, 5, 30, 30, "Knot by the scapula")),
                6, 1, List.of());
    }

    static NewSessionRecord sessionRecord() {
        return new NewSessionRecord(6, 4, List.of(new TechniqueApplicationEntry(Technique.EFFLEURAGE,
                BodyRegion.THORACIC_PARASPINAL, Side.BOTH, PressureLevel.MODERATE, 8, null, "comfortable")),
                "Moderate, even pressure", null, null, null, null, null, Set.of());
    }

    // ---- fresh records in a given state

    /** A start time nobody else uses: Maya, the room and the client are all free then. */
    OffsetDateTime futureSlot() {
        return futureBase.plusMinutes(30L * slots.incrementAndGet());
    }

    OffsetDateTime pastSlot() {
        return pastBase.plusMinutes(30L * slots.incrementAndGet());
    }

    Booking booking(OffsetDateTime start) {
        return new Booking(clientId, mayaId, roomId, start, start.plusMinutes(20), null, null, OVERRIDE);
    }

    /** A booked appointment of Maya's with the client, in the future. */
    long bookedAppointment() {
        return book(futureSlot());
    }

    /** A booked appointment of Maya's with the client that has already taken place. */
    long pastAppointment() {
        return book(pastSlot());
    }

    private long book(OffsetDateTime start) {
        return RunAs.user("frontdesk", () -> appointments.book(booking(start)), "FRONT_DESK").id();
    }

    record Versioned(long id, long version) {
    }

    Versioned draftPlan() {
        var plan = RunAs.user("therapist", () -> plans.create(clientId, plan()), "THERAPIST");
        return new Versioned(plan.id(), plan.version());
    }

    long activePlan() {
        return RunAs.user("therapist", () -> plans.activate(plans.create(clientId, plan()).id()), "THERAPIST").id();
    }

    /** Maya's draft record of a session that has just taken place. */
    Versioned draftRecord() {
        long appointment = pastAppointment();
        var record = RunAs.user("therapist", () -> sessions.create(appointment, sessionRecord()), "THERAPIST");
        return new Versioned(record.id(), record.version());
    }

    long clientVersion() {
        return RunAs.user("frontdesk", () -> clients.get(clientId), "FRONT_DESK").version();
    }

    LocalDate today() {
        return LocalDate.now(zone);
    }

    ZoneId zone() {
        return zone;
    }
}
