package org.relieve.therapy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.validation.ConstraintViolationException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relieve.ClinicFixture;
import org.relieve.client.ClientDetails;
import org.relieve.clinical.BodyRegion;
import org.relieve.clinical.PressureLevel;
import org.relieve.clinical.RedFlag;
import org.relieve.clinical.RuleFinding;
import org.relieve.clinical.RuleViolationException;
import org.relieve.clinical.Side;
import org.relieve.clinical.Technique;
import org.relieve.common.ConflictException;
import org.relieve.common.RunAs;
import org.relieve.intake.IntakeDetails;
import org.relieve.intake.IntakeService;
import org.relieve.intake.NewReferral;
import org.relieve.schedule.AppointmentService;
import org.relieve.schedule.AppointmentStatus;
import org.relieve.schedule.Booking;
import org.relieve.schedule.ClinicSetupService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
class SessionRecordServiceTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    @Autowired
    SessionRecordService sessions;

    @Autowired
    AppointmentService appointments;

    @Autowired
    ClinicSetupService setup;

    @Autowired
    IntakeService intakes;

    @Autowired
    ClinicFixture clinic;

    @Autowired
    JdbcTemplate jdbc;

    ClientDetails ayu;
    IntakeDetails intake;
    long appointmentId;

    @BeforeEach
    void treatedThisMorning() {
        clinic.staff();
        ayu = clinic.registerClient("Ayu", "Session" + System.nanoTime());
        intake = clinic.intakeBy("lee", ayu.id(), ClinicFixture.chronicPostureIntake());
        appointmentId = pastAppointmentWith("lee", 2);
    }

    @Test
    void aRecordIsADraftWithWarningsForSoftRules() {
        SessionRecordDetails record = asLee(() -> sessions.create(appointmentId, record(
                application(Technique.TRIGGER_POINT, BodyRegion.SCAPULAR, 75), Set.of())));

        assertThat(record.status()).isEqualTo(SessionStatus.DRAFT);
        assertThat(record.warnings()).extracting(RuleFinding::field).containsExactly("applications[0].holdSeconds");
        assertThat(record.warnings().getFirst().message()).contains("20–60 s");
    }

    @Test
    void theSpineIsNeverATreatedRegionAndNothingIsSaved() {
        assertThatThrownBy(() -> asLee(() -> sessions.create(appointmentId, record(
                application(Technique.PETRISSAGE, BodyRegion.SPINE, null), Set.of()))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.findings())
                        .extracting(RuleFinding::field).containsExactly("applications[0].region"));
        assertThat(jdbc.queryForObject("select count(*) from session_record where appointment_id = ?", Long.class,
                appointmentId)).isZero();
    }

    @Test
    void aHoldOfZeroSecondsIsInvalidInput() {
        assertThatThrownBy(() -> asLee(() -> sessions.create(appointmentId, record(
                application(Technique.TRIGGER_POINT, BodyRegion.SCAPULAR, 0), Set.of()))))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("holdSeconds");
    }

    @Test
    void signingCompletesTheAppointmentAndTheDatabaseRefusesAnyLaterChange() {
        SessionRecordDetails draft = asLee(() -> sessions.create(appointmentId, record(
                application(Technique.EFFLEURAGE, BodyRegion.THORACIC_PARASPINAL, null), Set.of())));
        SessionRecordDetails signed = asLee(() -> sessions.sign(draft.id()));

        assertThat(signed.status()).isEqualTo(SessionStatus.SIGNED);
        assertThat(signed.signedByName()).isEqualTo("Dr Lee");
        assertThat(RunAs.user("desk", () -> appointments.get(appointmentId), "FRONT_DESK").status())
                .isEqualTo(AppointmentStatus.COMPLETED);
        assertThatThrownBy(() -> asLee(() -> sessions.updateDraft(draft.id(), record(
                application(Technique.EFFLEURAGE, BodyRegion.GLUTEAL, null), Set.of()), signed.version())))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> jdbc.update("update session_record set pain_after = 0 where id = ?", draft.id()))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("signed");
    }

    @Test
    void thePartsOfASignedRecordCannotBeRemovedEither() {
        SessionRecordDetails draft = asLee(() -> sessions.create(appointmentId, record(
                application(Technique.EFFLEURAGE, BodyRegion.THORACIC_PARASPINAL, null), Set.of())));
        asLee(() -> sessions.sign(draft.id()));

        assertThatThrownBy(() -> jdbc.update("delete from technique_application where session_record_id = ?", draft.id()))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("signed");
    }

    @Test
    void anAmendmentCorrectsWhileTheOriginalStaysReadable() {
        SessionRecordDetails draft = asLee(() -> sessions.create(appointmentId, record(
                application(Technique.EFFLEURAGE, BodyRegion.THORACIC_PARASPINAL, null), Set.of())));
        asLee(() -> sessions.sign(draft.id()));

        SessionRecordDetails amended = asLee(() -> sessions.amend(draft.id(), new Amendment(
                "Client reported the after-score wrongly; corrected by phone next day", null, 2, null, null, null, null,
                null, null)));

        assertThat(amended.painAfter()).isEqualTo(3);
        assertThat(amended.currentPainAfter()).isEqualTo(2);
        assertThat(amended.amendments()).singleElement().satisfies(a -> assertThat(a.reason()).contains("wrongly"));
        assertThatThrownBy(() -> jdbc.update("delete from session_amendment where session_record_id = ?", draft.id()))
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void aNewRedFlagBlocksSigningUntilAClearanceFollows() {
        SessionRecordDetails draft = asLee(() -> sessions.create(appointmentId, record(
                application(Technique.EFFLEURAGE, BodyRegion.THORACIC_PARASPINAL, null), Set.of(RedFlag.NUMBNESS_TINGLING))));

        assertThatThrownBy(() -> asLee(() -> sessions.sign(draft.id())))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("Numbness");

        asLee(() -> intakes.recordReferral(intake.id(), new NewReferral("Dr Sari, GP", "Cleared after examination", true)));
        assertThat(asLee(() -> sessions.sign(draft.id())).status()).isEqualTo(SessionStatus.SIGNED);
    }

    @Test
    void aFutureAppointmentOrASecondRecordIsRefused() {
        long future = appointmentIn(3);
        assertThatThrownBy(() -> asLee(() -> sessions.create(future, record(
                application(Technique.EFFLEURAGE, BodyRegion.THORACIC_PARASPINAL, null), Set.of()))))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("not started");

        asLee(() -> sessions.create(appointmentId, record(application(Technique.EFFLEURAGE, BodyRegion.GLUTEAL, null), Set.of())));
        assertThatThrownBy(() -> asLee(() -> sessions.create(appointmentId, record(
                application(Technique.EFFLEURAGE, BodyRegion.GLUTEAL, null), Set.of()))))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void frontDeskManagersAndTherapistsNotInCareHaveNoAccess() {
        SessionRecordDetails draft = asLee(() -> sessions.create(appointmentId, record(
                application(Technique.EFFLEURAGE, BodyRegion.THORACIC_PARASPINAL, null), Set.of())));

        assertThatThrownBy(() -> RunAs.user("desk", () -> sessions.get(draft.id()), "FRONT_DESK"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> RunAs.user("boss", () -> sessions.forClient(ayu.id()), "MANAGER"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> RunAs.user("kim", () -> sessions.get(draft.id()), "THERAPIST"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(asLee(() -> sessions.forClient(ayu.id()))).hasSize(1);
    }

    private long pastAppointmentWith(String therapist, int hoursAgo) {
        OffsetDateTime start = OffsetDateTime.now(ZONE).minusHours(hoursAgo).withMinute(0).withSecond(0).withNano(0);
        return book(therapist, start);
    }

    private long appointmentIn(int days) {
        OffsetDateTime start = LocalDate.now(ZONE).plusDays(days).atTime(10, 0).atZone(ZONE).toOffsetDateTime();
        return book("lee", start);
    }

    private long book(String therapist, OffsetDateTime start) {
        long room = RunAs.user("boss", () -> setup.addRoom("Session room " + System.nanoTime()).id(), "MANAGER");
        return RunAs.user("desk", () -> appointments.book(new Booking(ayu.id(), clinic.staffId(therapist), room, start,
                start.plusMinutes(60), null, null, "recorded for a test")), "FRONT_DESK").id();
    }

    private static NewSessionRecord record(TechniqueApplicationEntry application, Set<RedFlag> flags) {
        return new NewSessionRecord(6, 3, List.of(application), "Firm pressure tolerated well on the left", "Less stiff",
                "Taut band left scapula", "Improving", "Continue weekly", null, flags);
    }

    private static TechniqueApplicationEntry application(Technique technique, BodyRegion region, Integer hold) {
        return new TechniqueApplicationEntry(technique, region, Side.LEFT, PressureLevel.MODERATE, 10, hold, "Comfortable");
    }

    private static <T> T asLee(Supplier<T> work) {
        return RunAs.user("lee", work, "THERAPIST");
    }
}
