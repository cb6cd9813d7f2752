package org.relieve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relieve.client.ClientDemographics;
import org.relieve.client.ClientDetails;
import org.relieve.client.ClientService;
import org.relieve.clinical.BodyRegion;
import org.relieve.clinical.ClientProfile;
import org.relieve.clinical.PressureLevel;
import org.relieve.clinical.Side;
import org.relieve.clinical.Technique;
import org.relieve.common.RunAs;
import org.relieve.common.StaleVersionException;
import org.relieve.intake.IntakeDetails;
import org.relieve.plan.NewPlan;
import org.relieve.plan.PlanDetails;
import org.relieve.plan.PlanService;
import org.relieve.plan.PlanStep;
import org.relieve.schedule.AppointmentService;
import org.relieve.schedule.Booking;
import org.relieve.schedule.ClinicSetupService;
import org.relieve.therapy.NewSessionRecord;
import org.relieve.therapy.SessionRecordDetails;
import org.relieve.therapy.SessionRecordService;
import org.relieve.therapy.TechniqueApplicationEntry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two people editing the same client, plan or session draft at the same moment: both read the
 * same version, both change different fields, both save. Exactly one save wins, the other is told
 * who saved and when, and the database holds the winner's full state — no lost update, no mix.
 *
 * <p>Each editor reads inside its own transaction and waits at a barrier until the other has read
 * too, so both saves really race on the same version in the database (not merely on the version
 * number the caller sends). The tests commit; their staff and clients are their own.
 */
@SpringBootTest
class TwoEditorsTest {

    private static final ZoneId CLINIC = ZoneId.of("Asia/Jakarta");

    @Autowired
    ClientService clients;

    @Autowired
    PlanService plans;

    @Autowired
    SessionRecordService sessions;

    @Autowired
    AppointmentService appointments;

    @Autowired
    ClinicSetupService setup;

    @Autowired
    ClinicFixture clinic;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private final ExecutorService editors = Executors.newFixedThreadPool(2);

    /** Accounts of this test's own, so that the fixture's staff stay for the tests that create them. */
    @BeforeEach
    void staff() {
        account("te-rina", "Rina Wulandari", "FRONT_DESK");
        account("te-sari", "Sari Dewi", "FRONT_DESK");
        account("te-maya", "Maya Lee", "THERAPIST");
        account("te-boss", "Clinic Manager", "MANAGER");
    }

    @AfterEach
    void stopEditors() {
        editors.shutdownNow();
    }

    @Test
    void twoFrontDeskEditorsOfOneClientLeaveExactlyTheWinnersDetails() throws Exception {
        ClientDetails dewi = register("Dewi", "Twoeditors" + System.nanoTime());
        ClientDemographics newPhone = demographicsOf(dewi, dewi.email(), "+62 811 0000 111");
        ClientDemographics newEmail = demographicsOf(dewi, "dewi.new@example.com", dewi.phone());

        Race<ClientDetails> race = race(
                "te-sari", "FRONT_DESK", () -> clients.get(dewi.id()), () -> clients.update(dewi.id(), newPhone, dewi.version()),
                "te-rina", "FRONT_DESK", () -> clients.get(dewi.id()), () -> clients.update(dewi.id(), newEmail, dewi.version()));

        ClientDetails stored = RunAs.user("te-sari", () -> clients.get(dewi.id()), "FRONT_DESK");
        assertThat(stored).usingRecursiveComparison().ignoringFields("version").isEqualTo(race.winner());
        assertThat(stored.version()).isEqualTo(dewi.version() + 1);
        if (race.firstWon()) {
            assertThat(stored.phone()).isEqualTo("+62 811 0000 111");
            assertThat(stored.email()).isEqualTo(dewi.email());
            assertThat(race.conflict()).hasMessageStartingWith("Changed by Sari Dewi at ");
        } else {
            assertThat(stored.email()).isEqualTo("dewi.new@example.com");
            assertThat(stored.phone()).isEqualTo(dewi.phone());
            assertThat(race.conflict()).hasMessageStartingWith("Changed by Rina Wulandari at ");
        }
        assertThat(race.conflict()).hasMessageEndingWith(" — reload to see their changes.");
    }

    @Test
    void twoTabsEditingOneDraftPlanLeaveExactlyOneOfTheirPlans() throws Exception {
        ClientDetails client = register("Putu", "Twoeditors" + System.nanoTime());
        IntakeDetails intake = clinic.intakeBy("te-maya", client.id(), ClinicFixture.chronicPostureIntake());
        PlanDetails draft = asMaya(() -> plans.create(client.id(), plan(intake.id(), 6, 1, 1)));
        NewPlan longerCourse = plan(intake.id(), 10, 1, 1);
        NewPlan moreStepsTwiceAWeek = plan(intake.id(), 6, 2, 2);

        Race<PlanDetails> race = race(
                "te-maya", "THERAPIST", () -> plans.get(draft.id()), () -> plans.updateDraft(draft.id(), longerCourse, draft.version()),
                "te-maya", "THERAPIST", () -> plans.get(draft.id()), () -> plans.updateDraft(draft.id(), moreStepsTwiceAWeek, draft.version()));

        PlanDetails stored = asMaya(() -> plans.get(draft.id()));
        assertThat(stored.sessionsPlanned()).isEqualTo(race.winner().sessionsPlanned());
        assertThat(stored.sessionsPerWeek()).isEqualTo(race.winner().sessionsPerWeek());
        assertThat(stored.steps()).hasSize(race.firstWon() ? 1 : 2).isEqualTo(race.winner().steps());
        assertThat(stored.version()).isEqualTo(race.winner().version());
        assertThat(race.conflict()).hasMessageStartingWith("Changed by Maya Lee at ");
    }

    @Test
    void twoTabsEditingOneSessionDraftLeaveExactlyOneOfTheirNotes() throws Exception {
        ClientDetails client = register("Kadek", "Twoeditors" + System.nanoTime());
        clinic.intakeBy("te-maya", client.id(), ClinicFixture.chronicPostureIntake());
        long appointmentId = pastAppointment(client.id());
        SessionRecordDetails draft = asMaya(() -> sessions.create(appointmentId, note(6, 4, "Light pressure", null)));
        NewSessionRecord betterAfter = note(6, 2, "Moderate pressure tolerated", null);
        NewSessionRecord subjective = note(6, 4, "Light pressure", "Sleeps better since last week");

        Race<SessionRecordDetails> race = race(
                "te-maya", "THERAPIST", () -> sessions.get(draft.id()), () -> sessions.updateDraft(draft.id(), betterAfter, draft.version()),
                "te-maya", "THERAPIST", () -> sessions.get(draft.id()), () -> sessions.updateDraft(draft.id(), subjective, draft.version()));

        SessionRecordDetails stored = asMaya(() -> sessions.get(draft.id()));
        assertThat(stored.painAfter()).isEqualTo(race.firstWon() ? 2 : 4);
        assertThat(stored.pressureNotes()).isEqualTo(race.firstWon() ? "Moderate pressure tolerated" : "Light pressure");
        assertThat(stored.subjective()).isEqualTo(race.firstWon() ? null : "Sleeps better since last week");
        assertThat(stored.applications()).hasSize(1);
        assertThat(stored.version()).isEqualTo(race.winner().version());
        assertThat(race.conflict()).hasMessageStartingWith("Changed by Maya Lee at ");
    }

    @Test
    void aSaveFromAnOutdatedScreenNamesWhoChangedTheClientAndWhenInTheClinicsZone() {
        ClientDetails dewi = register("Dewi", "Outdated" + System.nanoTime());
        ClientDetails rinaSaved = RunAs.user("te-rina", () -> clients.update(dewi.id(),
                demographicsOf(dewi, dewi.email(), "+62 811 0000 222"), dewi.version()), "FRONT_DESK");
        ZonedDateTime savedAt = jdbc.queryForObject("select updated_at from client where id = ?",
                OffsetDateTime.class, dewi.id()).atZoneSameInstant(CLINIC);

        assertThatThrownBy(() -> RunAs.user("te-sari", () -> clients.update(dewi.id(),
                demographicsOf(dewi, "dewi.other@example.com", dewi.phone()), dewi.version()), "FRONT_DESK"))
                .isInstanceOfSatisfying(StaleVersionException.class, stale -> {
                    assertThat(stale).hasMessage("Changed by Rina Wulandari at "
                            + savedAt.format(DateTimeFormatter.ofPattern("HH:mm")) + " — reload to see their changes.");
                    assertThat(stale.changedBy()).contains("Rina Wulandari");
                    assertThat(stale.changedAt()).contains(savedAt.toInstant());
                });
        assertThat(RunAs.user("te-sari", () -> clients.get(dewi.id()), "FRONT_DESK"))
                .usingRecursiveComparison().isEqualTo(rinaSaved);
    }

    /** The outcome of two editors saving the same version: who won, with what, and what the other heard. */
    private record Race<T>(boolean firstWon, T winner, StaleVersionException conflict) {
    }

    /**
     * Runs two editors in their own threads and transactions: each reads, waits until the other has
     * read, then saves. Asserts that exactly one save returns and the other meets a stale version.
     */
    private <T> Race<T> race(String firstUser, String firstRole, Supplier<?> firstRead, Supplier<T> firstSave,
                             String secondUser, String secondRole, Supplier<?> secondRead, Supplier<T> secondSave)
            throws Exception {
        CyclicBarrier bothRead = new CyclicBarrier(2);
        Future<Object> first = editors.submit(() -> edit(firstUser, firstRole, firstRead, firstSave, bothRead));
        Future<Object> second = editors.submit(() -> edit(secondUser, secondRole, secondRead, secondSave, bothRead));
        Object firstOutcome = first.get(30, TimeUnit.SECONDS);
        Object secondOutcome = second.get(30, TimeUnit.SECONDS);
        List<Object> outcomes = List.of(firstOutcome, secondOutcome);
        assertThat(outcomes).filteredOn(StaleVersionException.class::isInstance).as("exactly one loser").hasSize(1);
        assertThat(outcomes).filteredOn(o -> !(o instanceof Exception)).as("exactly one winner").hasSize(1);
        boolean firstWon = !(firstOutcome instanceof Exception);
        @SuppressWarnings("unchecked")
        T winner = (T) (firstWon ? firstOutcome : secondOutcome);
        return new Race<>(firstWon, winner, (StaleVersionException) (firstWon ? secondOutcome : firstOutcome));
    }

    private Object edit(String user, String role, Supplier<?> read, Supplier<?> save, CyclicBarrier bothRead) {
        return RunAs.user(user, () -> {
            try {
                return new TransactionTemplate(transactions).execute(status -> {
                    read.get();
                    await(bothRead);
                    return save.get();
                });
            } catch (StaleVersionException e) {
                return e;
            }
        }, role);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the other editor never read the record", e);
        }
    }

    private static ClientDemographics demographicsOf(ClientDetails client, String email, String phone) {
        return new ClientDemographics(client.firstName(), client.lastName(), client.dateOfBirth(), email, phone,
                client.profile(), client.primaryTherapistId(), client.consentGivenOn());
    }

    private static NewPlan plan(long intakeId, int sessions, int perWeek, int steps) {
        List<PlanStep> chosen = List.of(
                new PlanStep(1, Technique.EFFLEURAGE, List.of(new org.relieve.clinical.RegionSide(BodyRegion.THORACIC_PARASPINAL,
                        Side.BOTH)), PressureLevel.LIGHT, 10, null, null, "Warm the tissue"),
                new PlanStep(2, Technique.PETRISSAGE, List.of(new org.relieve.clinical.RegionSide(BodyRegion.UPPER_TRAPEZIUS,
                        Side.LEFT)), PressureLevel.MODERATE, 10, null, null, "Loosen the trapezius"));
        return new NewPlan(intakeId, chosen.subList(0, steps), sessions, perWeek, List.of());
    }

    private static NewSessionRecord note(int before, int after, String pressureNotes, String subjective) {
        return new NewSessionRecord(before, after, List.of(new TechniqueApplicationEntry(Technique.EFFLEURAGE,
                BodyRegion.THORACIC_PARASPINAL, Side.BOTH, PressureLevel.LIGHT, 15, null, "Comfortable")),
                pressureNotes, subjective, null, null, null, null, Set.of());
    }

    /** Maya's own appointment an hour ago on a day of its own; she is booked by no other test. */
    private long pastAppointment(long clientId) {
        OffsetDateTime start = LocalDate.now(CLINIC).minusDays(1 + (System.nanoTime() % 300)).atTime(9, 0)
                .atZone(CLINIC).toOffsetDateTime();
        long room = RunAs.user("te-boss", () -> setup.addRoom("Two editors room " + System.nanoTime()).id(), "MANAGER");
        return RunAs.user("te-rina", () -> appointments.book(new Booking(clientId, clinic.staffId("te-maya"), room, start,
                start.plusMinutes(60), null, null, "recorded for a test")), "FRONT_DESK").id();
    }

    private static <T> T asMaya(Supplier<T> work) {
        return RunAs.user("te-maya", work, "THERAPIST");
    }

    private ClientDetails register(String firstName, String lastName) {
        return RunAs.user("te-rina", () -> clients.register(new ClientDemographics(firstName, lastName,
                LocalDate.of(1985, 4, 12), firstName.toLowerCase() + "@example.com", "+62 812 555 0101",
                ClientProfile.OFFICE_WORKER, null, LocalDate.now())), "FRONT_DESK");
    }

    private void account(String username, String name, String role) {
        jdbc.update("insert into staff_account (username, display_name, password_hash) values (?, ?, ?) "
                + "on conflict (username) do nothing", username, name, "{noop}not-used-in-tests");
        jdbc.update("insert into staff_account_role (staff_account_id, role) select id, ? from staff_account "
                + "where username = ? on conflict do nothing", role, username);
    }
}
