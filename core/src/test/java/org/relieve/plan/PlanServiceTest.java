package org.relieve.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relieve.ClinicFixture;
import org.relieve.client.ClientDetails;
import org.relieve.clinical.BodyRegion;
import org.relieve.clinical.PressureLevel;
import org.relieve.clinical.RedFlag;
import org.relieve.clinical.RegionSide;
import org.relieve.clinical.RuleFinding;
import org.relieve.clinical.RuleViolationException;
import org.relieve.clinical.Technique;
import org.relieve.common.ConflictException;
import org.relieve.common.RunAs;
import org.relieve.intake.IntakeDetails;
import org.relieve.intake.IntakeService;
import org.relieve.intake.NewReferral;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
class PlanServiceTest {

    @Autowired
    PlanService plans;

    @Autowired
    IntakeService intakes;

    @Autowired
    ClinicFixture clinic;

    @Autowired
    JdbcTemplate jdbc;

    ClientDetails ayu;

    @BeforeEach
    void clinic() {
        clinic.staff();
        ayu = clinic.registerClient("Ayu", "Pratama");
    }

    @Test
    void theProposalSavedAsItIsBecomesADraftPlanWithItsReasons() {
        IntakeDetails intake = clinic.intakeBy("lee", ayu.id(), ClinicFixture.chronicPostureIntake());
        PlanDetails plan = asLee(() -> plans.create(ayu.id(), fromProposal(intake.id())));

        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.steps()).extracting(PlanStep::technique).startsWith(Technique.EFFLEURAGE, Technique.PETRISSAGE);
        assertThat(plan.steps()).allSatisfy(step -> assertThat(step.reason()).isNotBlank());
        assertThat(plan.homeCare()).isNotEmpty();
        assertThat(plan.warnings()).isEmpty();
    }

    @Test
    void aSpineTargetIsRefusedWhicheverWayThePlanArrivesAndNothingIsSaved() {
        IntakeDetails intake = clinic.intakeBy("lee", ayu.id(), ClinicFixture.chronicPostureIntake());
        NewPlan proposal = fromProposal(intake.id());
        List<PlanStep> steps = new ArrayList<>(proposal.steps());
        steps.add(new PlanStep(null, Technique.DEEP_TISSUE, List.of(RegionSide.both(BodyRegion.SPINE)),
                PressureLevel.FIRM, 10, null, null, "Pressure on the spine"));
        NewPlan withSpine = new NewPlan(intake.id(), steps, 6, 1, proposal.homeCare());

        assertThatThrownBy(() -> asLee(() -> plans.create(ayu.id(), withSpine)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.findings())
                        .extracting(RuleFinding::field).containsExactly("steps[" + (steps.size() - 1) + "].regions"));
        assertThat(jdbc.queryForObject("select count(*) from treatment_plan where client_id = ?", Long.class, ayu.id()))
                .isZero();
    }

    @Test
    void theDatabaseItselfRefusesASpineTarget() {
        IntakeDetails intake = clinic.intakeBy("lee", ayu.id(), ClinicFixture.chronicPostureIntake());
        PlanDetails plan = asLee(() -> plans.create(ayu.id(), fromProposal(intake.id())));
        Long stepId = jdbc.queryForObject("select min(id) from planned_technique where plan_id = ?", Long.class, plan.id());

        assertThatThrownBy(() -> jdbc.update("insert into planned_technique_region values (?, 'SPINE', 'BOTH')", stepId))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aHoldOutsideTheTechniquesRangeIsSavedWithAWarningKeptOnThePlan() {
        IntakeDetails intake = clinic.intakeBy("lee", ayu.id(), ClinicFixture.chronicPostureIntake());
        NewPlan longHolds = new NewPlan(intake.id(), List.of(new PlanStep(null, Technique.TRIGGER_POINT,
                List.of(RegionSide.both(BodyRegion.SCAPULAR)), PressureLevel.FIRM, 5, 30, 90, "Stubborn knots")), 6, 1, null);

        PlanDetails plan = asLee(() -> plans.create(ayu.id(), longHolds));

        assertThat(plan.warnings()).extracting(RuleFinding::field).containsExactly("steps[0].holdSecondsMax");
        assertThat(asLee(() -> plans.get(plan.id())).warnings()).hasSize(1);
    }

    @Test
    void redFlagsBlockActivationUntilAClearanceIsRecorded() {
        IntakeDetails intake = clinic.intakeBy("lee", ayu.id(), ClinicFixture.chronicPostureIntake(RedFlag.NIGHT_PAIN,
                RedFlag.CANCER_HISTORY));
        PlanDetails plan = asLee(() -> plans.create(ayu.id(), fromProposal(intake.id())));

        assertThatThrownBy(() -> asLee(() -> plans.activate(plan.id())))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("Night pain").hasMessageContaining("History of cancer");

        asLee(() -> intakes.recordReferral(intake.id(), new NewReferral("Dr Sari, GP", "Sent for review", false)));
        assertThatThrownBy(() -> asLee(() -> plans.activate(plan.id()))).isInstanceOf(RuleViolationException.class);

        asLee(() -> intakes.recordReferral(intake.id(), new NewReferral("Dr Sari, GP", "Cleared for massage", true)));
        assertThat(asLee(() -> plans.activate(plan.id())).status()).isEqualTo(PlanStatus.ACTIVE);
    }

    @Test
    void activatingANewPlanCompletesThePreviousOne() {
        IntakeDetails first = clinic.intakeBy("lee", ayu.id(), ClinicFixture.chronicPostureIntake());
        PlanDetails old = asLee(() -> plans.activate(plans.create(ayu.id(), fromProposal(first.id())).id()));
        IntakeDetails reassessment = clinic.intakeBy("lee", ayu.id(), ClinicFixture.chronicPostureIntake());
        PlanDetails current = asLee(() -> plans.activate(plans.create(ayu.id(), fromProposal(reassessment.id())).id()));

        assertThat(asLee(() -> plans.get(old.id())).status()).isEqualTo(PlanStatus.COMPLETED);
        assertThat(current.status()).isEqualTo(PlanStatus.ACTIVE);
        assertThat(RunAs.user("desk", () -> plans.activeSchedule(ayu.id()), "FRONT_DESK"))
                .hasValueSatisfying(schedule -> assertThat(schedule.planId()).isEqualTo(current.id()));
    }

    @Test
    void onlyDraftsAreEditedAndOnlyWithTheVersionTheEditorSaw() {
        IntakeDetails intake = clinic.intakeBy("lee", ayu.id(), ClinicFixture.chronicPostureIntake());
        PlanDetails draft = asLee(() -> plans.create(ayu.id(), fromProposal(intake.id())));
        NewPlan shorter = new NewPlan(intake.id(), fromProposal(intake.id()).steps().subList(0, 2), 4, 2, List.of());

        PlanDetails edited = asLee(() -> plans.updateDraft(draft.id(), shorter, draft.version()));
        assertThat(edited.steps()).hasSize(2);
        assertThat(edited.sessionsPerWeek()).isEqualTo(2);
        assertThatThrownBy(() -> asLee(() -> plans.updateDraft(draft.id(), shorter, draft.version())))
                .isInstanceOf(ConflictException.class);

        asLee(() -> plans.activate(draft.id()));
        PlanDetails active = asLee(() -> plans.get(draft.id()));
        assertThatThrownBy(() -> asLee(() -> plans.updateDraft(draft.id(), shorter, active.version())))
                .isInstanceOf(ConflictException.class).hasMessageContaining("Only a draft");
    }

    @Test
    void theFrontDeskSeesOnlyTheScheduleNeverThePlan() {
        IntakeDetails intake = clinic.intakeBy("lee", ayu.id(), ClinicFixture.chronicPostureIntake());
        PlanDetails plan = asLee(() -> plans.create(ayu.id(), fromProposal(intake.id())));

        assertThatThrownBy(() -> RunAs.user("desk", () -> plans.get(plan.id()), "FRONT_DESK"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> RunAs.user("kim", () -> plans.get(plan.id()), "THERAPIST"))
                .isInstanceOf(AccessDeniedException.class);
    }

    private NewPlan fromProposal(long intakeId) {
        PlanProposal proposal = asLee(() -> plans.propose(intakeId));
        return new NewPlan(intakeId, proposal.steps().stream().map(PlanStep::of).toList(), 6, 1, proposal.homeCare());
    }

    private static <T> T asLee(java.util.function.Supplier<T> work) {
        return RunAs.user("lee", work, "THERAPIST");
    }
}
