package org.relieve.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import jakarta.validation.ConstraintViolationException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relieve.ClinicFixture;
import org.relieve.client.ClientDetails;
import org.relieve.client.ClientService;
import org.relieve.clinical.Acuity;
import org.relieve.clinical.RedFlag;
import org.relieve.common.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
class IntakeServiceTest {

    @Autowired
    IntakeService intakes;

    @Autowired
    ClientService clients;

    @Autowired
    ClinicFixture clinic;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.relieve.audit.AuditTrail auditTrail;

    ClientDetails ayu;

    @BeforeEach
    void clinic() {
        clinic.staff();
        ayu = clinic.registerClient("Ayu", "Pratama");
    }

    @Test
    void aTherapistWhoStartsTheFirstIntakeBecomesThePrimaryTherapist() {
        IntakeDetails intake = clinic.intakeBy("lee", ayu.id(), ClinicFixture.chronicPostureIntake());

        assertThat(intake.acuity()).isEqualTo(Acuity.CHRONIC);
        assertThat(RunAs.user("desk", () -> clients.get(ayu.id()), "FRONT_DESK").primaryTherapistName()).isEqualTo("Dr Lee");
    }

    @Test
    void anotherTherapistCannotReadOrAddToAClientNotInTheirCare() {
        IntakeDetails intake = clinic.intakeBy("lee", ayu.id(), ClinicFixture.chronicPostureIntake());
        long refusalsBefore = refusalsOf("kim");

        assertThatThrownBy(() -> RunAs.user("kim", () -> intakes.get(intake.id()), "THERAPIST"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> clinic.intakeBy("kim", ayu.id(), ClinicFixture.chronicPostureIntake()))
                .isInstanceOf(AccessDeniedException.class);
        // refusals are audited in their own transaction: they outlive the refused work (and this test)
        assertThat(refusalsOf("kim")).isEqualTo(refusalsBefore + 2);
    }

    private long refusalsOf(String actor) {
        return jdbc.queryForObject("select count(*) from audit_event where actor = ? and detail like 'refused%'",
                Long.class, actor);
    }

    @Test
    void frontDeskAndManagersHaveNoAccessToIntakes() {
        IntakeDetails intake = clinic.intakeBy("lee", ayu.id(), ClinicFixture.chronicPostureIntake());

        assertThatThrownBy(() -> RunAs.user("desk", () -> intakes.get(intake.id()), "FRONT_DESK"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> RunAs.user("boss", () -> intakes.forClient(ayu.id()), "MANAGER"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void everyReadOfAnIntakeIsAudited() {
        IntakeDetails intake = clinic.intakeBy("lee", ayu.id(), ClinicFixture.chronicPostureIntake());
        RunAs.user("lee", () -> intakes.get(intake.id()), "THERAPIST");
        auditTrail.flush();

        assertThat(jdbc.queryForList("select action from audit_event where target_type = 'IntakeAssessment' "
                + "and client_id = ? order by id", String.class, ayu.id())).containsExactly("CREATE", "VIEW");
    }

    @Test
    void aPainScoreOutsideZeroToTenIsRefusedAndNothingSaved() {
        NewIntake base = ClinicFixture.chronicPostureIntake();
        NewIntake painEleven = new NewIntake(base.assessedOn(), base.chiefComplaint(), 11, base.symptomWeeks(),
                base.causes(), base.primaryCause(), base.painRegions(), base.triggerPoints(), false, base.redFlags(),
                null, null);

        assertThatThrownBy(() -> clinic.intakeBy("lee", ayu.id(), painEleven))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("painScore");
        assertThat(jdbc.queryForObject("select count(*) from intake_assessment where client_id = ?", Long.class,
                ayu.id())).isZero();
    }

    @Test
    void thePrimaryCauseMustBeOneOfTheCauses() {
        NewIntake base = ClinicFixture.chronicPostureIntake();
        NewIntake inconsistent = new NewIntake(base.assessedOn(), base.chiefComplaint(), 5, 3,
                java.util.Set.of(org.relieve.clinical.PainCause.MUSCLE_STRAIN),
                org.relieve.clinical.PainCause.SLEEP_ERGONOMICS, base.painRegions(), List.of(), false, null, null, null);

        assertThatThrownBy(() -> clinic.intakeBy("lee", ayu.id(), inconsistent))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("primary cause must be one of the causes");
    }

    @Test
    void onlyAClearanceResolvesRedFlags() {
        IntakeDetails intake = clinic.intakeBy("lee", ayu.id(), ClinicFixture.chronicPostureIntake(RedFlag.NUMBNESS_TINGLING));
        assertThat(intake.unresolvedRedFlags()).containsExactly(RedFlag.NUMBNESS_TINGLING);

        RunAs.user("lee", () -> intakes.recordReferral(intake.id(), new NewReferral("Dr Sari, GP", "Tingling in left arm", false)), "THERAPIST");
        assertThat(RunAs.user("lee", () -> intakes.get(intake.id()), "THERAPIST").unresolvedRedFlags())
                .containsExactly(RedFlag.NUMBNESS_TINGLING);

        RunAs.user("lee", () -> intakes.recordReferral(intake.id(), new NewReferral("Dr Sari, GP", "Cleared: no nerve involvement", true)), "THERAPIST");
        assertThat(RunAs.user("lee", () -> intakes.get(intake.id()), "THERAPIST").unresolvedRedFlags()).isEmpty();
        assertThat(RunAs.user("lee", () -> intakes.referrals(intake.id()), "THERAPIST"))
                .extracting(ReferralDetails::clearedForTreatment).containsExactly(false, true);
    }
}
