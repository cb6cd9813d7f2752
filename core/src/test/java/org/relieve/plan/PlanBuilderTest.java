package org.relieve.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relieve.clinical.Acuity.ACUTE;
import static org.relieve.clinical.Acuity.CHRONIC;
import static org.relieve.clinical.Acuity.SUBACUTE;
import static org.relieve.clinical.BodyRegion.GLUTEAL;
import static org.relieve.clinical.BodyRegion.LUMBAR_PARASPINAL;
import static org.relieve.clinical.BodyRegion.NECK;
import static org.relieve.clinical.BodyRegion.QUADRATUS_LUMBORUM;
import static org.relieve.clinical.BodyRegion.SCAPULAR;
import static org.relieve.clinical.BodyRegion.SPINE;
import static org.relieve.clinical.BodyRegion.THORACIC_PARASPINAL;
import static org.relieve.clinical.BodyRegion.UPPER_TRAPEZIUS;
import static org.relieve.clinical.PainCause.BIOMECHANICAL_OTHER;
import static org.relieve.clinical.PainCause.MUSCLE_STRAIN;
import static org.relieve.clinical.PainCause.POSTURE_SEDENTARY;
import static org.relieve.clinical.PainCause.SLEEP_ERGONOMICS;
import static org.relieve.clinical.PainCause.STRESS_TENSION;
import static org.relieve.clinical.PressureLevel.FIRM;
import static org.relieve.clinical.PressureLevel.LIGHT;
import static org.relieve.clinical.PressureLevel.MODERATE;
import static org.relieve.clinical.RegionSide.both;
import static org.relieve.clinical.Technique.DEEP_TISSUE;
import static org.relieve.clinical.Technique.EFFLEURAGE;
import static org.relieve.clinical.Technique.MYOFASCIAL_RELEASE;
import static org.relieve.clinical.Technique.PETRISSAGE;
import static org.relieve.clinical.Technique.TRIGGER_POINT;
import static org.relieve.plan.Intakes.intake;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.relieve.clinical.Acuity;
import org.relieve.clinical.BodyRegion;
import org.relieve.clinical.PainCause;
import org.relieve.clinical.RedFlag;
import org.relieve.clinical.RegionSide;
import org.relieve.clinical.Side;
import org.relieve.clinical.Technique;
import org.relieve.clinical.TechniqueRules;

class PlanBuilderTest {

    private static final List<RegionSide> WHOLE_BACK =
            List.of(both(UPPER_TRAPEZIUS), both(THORACIC_PARASPINAL), both(LUMBAR_PARASPINAL));

    private final PlanBuilder builder = new PlanBuilder();

    private PlanProposal propose(Intakes intake) {
        return builder.propose(intake.findings());
    }

    private static List<Technique> techniques(PlanProposal plan) {
        return plan.steps().stream().map(ProposedStep::technique).toList();
    }

    private static ProposedStep step(PlanProposal plan, Technique technique) {
        return plan.steps().stream().filter(s -> s.technique() == technique).findFirst().orElseThrow();
    }

    private static RegionSide left(BodyRegion region) {
        return new RegionSide(region, Side.LEFT);
    }

    private static RegionSide right(BodyRegion region) {
        return new RegionSide(region, Side.RIGHT);
    }

    @Test
    void everyPlanStartsWithEffleurageAndClosesWithLightEffleurage() {
        for (Acuity acuity : Acuity.values()) {
            for (PainCause cause : PainCause.values()) {
                List<ProposedStep> steps = propose(intake(acuity, cause)).steps();

                assertThat(steps.getFirst().technique()).isEqualTo(EFFLEURAGE);
                ProposedStep close = steps.getLast();
                assertThat(close.technique()).isEqualTo(EFFLEURAGE);
                assertThat(close.pressure()).isEqualTo(LIGHT);
                assertThat(close.minutes()).isEqualTo(4);
                assertThat(close.regions()).isEqualTo(WHOLE_BACK);
                assertThat(close.reason()).startsWith("To close");
            }
        }
    }

    @Test
    void warmUpIsModerateEffleurageOverTheWholeBackForEightMinutes() {
        ProposedStep warmUp = propose(intake(SUBACUTE, MUSCLE_STRAIN)).steps().getFirst();

        assertThat(warmUp.pressure()).isEqualTo(MODERATE);
        assertThat(warmUp.minutes()).isEqualTo(8);
        assertThat(warmUp.regions()).isEqualTo(WHOLE_BACK);
        assertThat(warmUp.holdSecondsMin()).isNull();
        assertThat(warmUp.reason()).contains("Warm-up").contains("toward the heart");
    }

    @Test
    void acutePainGetsALightWarmUpAndSaysWhy() {
        ProposedStep warmUp = propose(intake(ACUTE, MUSCLE_STRAIN)).steps().getFirst();

        assertThat(warmUp.pressure()).isEqualTo(LIGHT);
        assertThat(warmUp.minutes()).isEqualTo(8);
        assertThat(warmUp.reason()).contains("light because the pain is acute");
    }

    @Test
    void stressLedPlanIsRelaxationFocused() {
        PlanProposal plan = propose(intake(SUBACUTE, STRESS_TENSION));

        ProposedStep warmUp = plan.steps().getFirst();
        assertThat(warmUp.pressure()).isEqualTo(LIGHT);
        assertThat(warmUp.minutes()).isEqualTo(10);
        assertThat(warmUp.reason()).contains("relaxation");
        assertThat(techniques(plan)).containsExactly(EFFLEURAGE, PETRISSAGE, MYOFASCIAL_RELEASE, EFFLEURAGE);
        assertThat(step(plan, MYOFASCIAL_RELEASE).reason()).startsWith("Stress and emotional tension");
    }

    @Test
    void stressAsASecondaryCauseDoesNotMakeTheWarmUpLight() {
        ProposedStep warmUp = propose(intake(SUBACUTE, POSTURE_SEDENTARY).alsoCausedBy(STRESS_TENSION))
                .steps().getFirst();

        assertThat(warmUp.pressure()).isEqualTo(MODERATE);
        assertThat(warmUp.minutes()).isEqualTo(8);
    }

    @Test
    void acuteInflammationDropsPetrissage() {
        PlanProposal plan = propose(intake(ACUTE, MUSCLE_STRAIN).redFlag(RedFlag.INFLAMMATION));

        assertThat(techniques(plan)).containsExactly(EFFLEURAGE, EFFLEURAGE);
    }

    @Test
    void inflammationOutsideTheAcutePhaseKeepsPetrissage() {
        PlanProposal plan = propose(intake(SUBACUTE, MUSCLE_STRAIN).redFlag(RedFlag.INFLAMMATION));

        assertThat(techniques(plan)).containsExactly(EFFLEURAGE, PETRISSAGE, EFFLEURAGE);
    }

    @Test
    void acutePainWithoutInflammationKeepsPetrissage() {
        assertThat(techniques(propose(intake(ACUTE, MUSCLE_STRAIN))))
                .containsExactly(EFFLEURAGE, PETRISSAGE, EFFLEURAGE);
    }

    @Test
    void petrissageKneadsEveryTreatablePainRegionForEightMinutes() {
        ProposedStep petrissage = step(propose(intake(SUBACUTE, BIOMECHANICAL_OTHER)
                .painIn(left(SCAPULAR), both(SPINE), right(GLUTEAL), both(NECK), left(SCAPULAR))), PETRISSAGE);

        assertThat(petrissage.regions()).containsExactly(left(SCAPULAR), right(GLUTEAL), both(NECK));
        assertThat(petrissage.pressure()).isEqualTo(MODERATE);
        assertThat(petrissage.minutes()).isEqualTo(8);
        assertThat(petrissage.reason()).contains("scapular (left), gluteal (right), neck (both sides)");
    }

    @Test
    void petrissageFallsBackToTheLowerBackWhenOnlyTheSpineHurts() {
        ProposedStep petrissage = step(propose(intake(SUBACUTE, BIOMECHANICAL_OTHER).painIn(both(SPINE))), PETRISSAGE);

        assertThat(petrissage.regions()).containsExactly(both(LUMBAR_PARASPINAL));
    }

    @Test
    void strainPetrissagePromotesCirculation() {
        assertThat(step(propose(intake(ACUTE, MUSCLE_STRAIN)), PETRISSAGE).reason()).contains("circulation");
        assertThat(step(propose(intake(ACUTE, BIOMECHANICAL_OTHER)), PETRISSAGE).reason()).doesNotContain("circulation");
    }

    @Test
    void chronicPostureClientWithScapularKnotsGetsTriggerPointHoldsOnThoseKnots() {
        PlanProposal plan = propose(intake(CHRONIC, POSTURE_SEDENTARY)
                .painIn(both(THORACIC_PARASPINAL)).knotsIn(left(SCAPULAR)));

        assertThat(techniques(plan)).containsExactly(
                EFFLEURAGE, PETRISSAGE, TRIGGER_POINT, DEEP_TISSUE, MYOFASCIAL_RELEASE, EFFLEURAGE);
        ProposedStep knots = plan.steps().get(2);
        assertThat(knots.order()).isEqualTo(3);
        assertThat(knots.regions()).containsExactly(left(SCAPULAR));
        assertThat(knots.pressure()).isEqualTo(FIRM);
        assertThat(knots.minutes()).isEqualTo(4);
        assertThat(knots.holdSecondsMin()).isEqualTo(20);
        assertThat(knots.holdSecondsMax()).isEqualTo(60);
        assertThat(knots.reason()).contains("Chronic").contains("knots in scapular (left)").contains("20–60 s holds");
    }

    @Test
    void acuteKnotsGetGentlerTriggerPointPressure() {
        ProposedStep knots = step(propose(intake(ACUTE, MUSCLE_STRAIN).knotsIn(right(THORACIC_PARASPINAL))),
                TRIGGER_POINT);

        assertThat(knots.pressure()).isEqualTo(MODERATE);
        assertThat(knots.holdSecondsMin()).isEqualTo(20);
        assertThat(knots.holdSecondsMax()).isEqualTo(60);
        assertThat(knots.reason()).contains("acute");
    }

    @Test
    void knotsReportedOnlyOnTheSpineGiveNoTriggerPointStep() {
        assertThat(techniques(propose(intake(SUBACUTE, MUSCLE_STRAIN).knotsIn(both(SPINE)))))
                .containsExactly(EFFLEURAGE, PETRISSAGE, EFFLEURAGE);
    }

    @Test
    void noKnotsFoundMeansNoTriggerPointStep() {
        assertThat(techniques(propose(intake(CHRONIC, POSTURE_SEDENTARY)))).doesNotContain(TRIGGER_POINT);
    }

    @Test
    void chronicPainMakesDeepTissueEligibleOnTheMusclesBesideTheSpineAndLowerBack() {
        ProposedStep deep = step(propose(intake(CHRONIC, BIOMECHANICAL_OTHER)
                .painIn(both(NECK), left(QUADRATUS_LUMBORUM), both(SPINE), right(GLUTEAL))), DEEP_TISSUE);

        assertThat(deep.regions()).containsExactly(left(QUADRATUS_LUMBORUM), right(GLUTEAL));
        assertThat(deep.pressure()).isEqualTo(FIRM);
        assertThat(deep.minutes()).isEqualTo(12);
        assertThat(deep.holdSecondsMin()).isNull();
        assertThat(deep.reason()).contains("gradually").contains("feedback");
    }

    @Test
    void deepTissueFallsBackToTheLowerBackWhenPainIsOnlyHigherUp() {
        ProposedStep deep = step(propose(intake(CHRONIC, BIOMECHANICAL_OTHER).painIn(both(UPPER_TRAPEZIUS))),
                DEEP_TISSUE);

        assertThat(deep.regions()).containsExactly(both(LUMBAR_PARASPINAL));
    }

    @Test
    void acuteStrainNeverGetsDeepTissue() {
        assertThat(techniques(propose(intake(ACUTE, MUSCLE_STRAIN).painIn(both(LUMBAR_PARASPINAL))
                .knotsIn(both(LUMBAR_PARASPINAL)).fascialRestriction())))
                .containsExactly(EFFLEURAGE, PETRISSAGE, TRIGGER_POINT, MYOFASCIAL_RELEASE, EFFLEURAGE);
    }

    @Test
    void subacutePainGetsNoDeepTissue() {
        assertThat(techniques(propose(intake(SUBACUTE, BIOMECHANICAL_OTHER)))).doesNotContain(DEEP_TISSUE);
    }

    @Test
    void chronicPainOverAnAcuteInjuryGetsNoDeepTissue() {
        assertThat(techniques(propose(intake(CHRONIC, BIOMECHANICAL_OTHER).redFlag(RedFlag.ACUTE_INJURY))))
                .containsExactly(EFFLEURAGE, PETRISSAGE, EFFLEURAGE);
    }

    @ParameterizedTest
    @EnumSource(value = PainCause.class, names = {"POSTURE_SEDENTARY", "STRESS_TENSION", "SLEEP_ERGONOMICS"})
    void posturalStressAndSleepCausesGetSustainedMyofascialRelease(PainCause cause) {
        ProposedStep release = step(propose(intake(SUBACUTE, BIOMECHANICAL_OTHER).alsoCausedBy(cause)
                .painIn(right(LUMBAR_PARASPINAL))), MYOFASCIAL_RELEASE);

        assertThat(release.regions()).containsExactly(right(LUMBAR_PARASPINAL));
        assertThat(release.pressure()).isEqualTo(LIGHT);
        assertThat(release.minutes()).isEqualTo(8);
        assertThat(release.holdSecondsMin()).isEqualTo(30);
        assertThat(release.holdSecondsMax()).isEqualTo(90);
        assertThat(release.reason()).containsIgnoringCase(cause.label()).contains("30–90 s holds");
    }

    @Test
    void fascialRestrictionGetsMyofascialReleaseOnTheUpperBackWhenNoPainRegionIsTreatable() {
        ProposedStep release = step(propose(intake(SUBACUTE, MUSCLE_STRAIN).fascialRestriction().painIn(both(SPINE))),
                MYOFASCIAL_RELEASE);

        assertThat(release.regions()).containsExactly(both(UPPER_TRAPEZIUS), both(THORACIC_PARASPINAL));
        assertThat(release.reason()).startsWith("Fascial restriction");
    }

    @Test
    void strainWithoutRestrictionGetsNoMyofascialRelease() {
        assertThat(techniques(propose(intake(CHRONIC, MUSCLE_STRAIN).alsoCausedBy(BIOMECHANICAL_OTHER))))
                .doesNotContain(MYOFASCIAL_RELEASE);
    }

    @Test
    void sleepCausedTensionGetsPetrissageAndMyofascialRelease() {
        PlanProposal plan = propose(intake(SUBACUTE, SLEEP_ERGONOMICS));

        assertThat(techniques(plan)).containsExactly(EFFLEURAGE, PETRISSAGE, MYOFASCIAL_RELEASE, EFFLEURAGE);
        assertThat(step(plan, PETRISSAGE).reason()).contains("sleeping position");
    }

    @Test
    void stepsAreNumberedInSessionOrderAndFitTheHour() {
        PlanProposal plan = propose(intake(CHRONIC, POSTURE_SEDENTARY).knotsIn(left(SCAPULAR)));

        assertThat(plan.steps()).extracting(ProposedStep::order).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(plan.steps()).extracting(ProposedStep::minutes).containsExactly(8, 8, 4, 12, 8, 4);
    }

    @Test
    void spineIsNeverAProposedTarget() {
        PlanProposal plan = propose(intake(CHRONIC, POSTURE_SEDENTARY)
                .alsoCausedBy(MUSCLE_STRAIN).alsoCausedBy(STRESS_TENSION).alsoCausedBy(SLEEP_ERGONOMICS)
                .painIn(both(SPINE), left(SCAPULAR)).knotsIn(both(SPINE), right(SCAPULAR)).fascialRestriction());

        assertThat(plan.steps()).hasSize(6);
        assertThat(plan.steps()).flatExtracting(ProposedStep::regions)
                .isNotEmpty()
                .extracting(RegionSide::region)
                .doesNotContain(SPINE);
    }

    @Test
    void everyStepCarriesAReason() {
        PlanProposal plan = propose(intake(CHRONIC, STRESS_TENSION).alsoCausedBy(MUSCLE_STRAIN)
                .painIn(both(LUMBAR_PARASPINAL)).knotsIn(left(UPPER_TRAPEZIUS)).fascialRestriction());

        assertThat(plan.steps()).hasSize(6).allSatisfy(step -> {
            assertThat(step.reason()).isNotBlank().doesNotContain("\n");
            assertThat(step.regions()).isNotEmpty();
        });
    }

    @Test
    void everyProposedStepPassesTheSafetyGateWithoutRefusalOrWarning() {
        var findings = intake(CHRONIC, POSTURE_SEDENTARY).painIn(both(SPINE), left(LUMBAR_PARASPINAL))
                .knotsIn(both(SPINE), left(SCAPULAR)).fascialRestriction().findings();

        for (ProposedStep step : builder.propose(findings).steps()) {
            for (Integer hold : new Integer[] {step.holdSecondsMin(), step.holdSecondsMax()}) {
                assertThat(TechniqueRules.check("steps[" + step.order() + "]", step.technique(), step.regions(), hold,
                        findings.acuity(), findings.redFlags())).as(step.reason()).isEmpty();
            }
        }
    }

    @Test
    void redFlagsRequireReferralAndBlockUntilCleared() {
        PlanProposal plan = propose(intake(SUBACUTE, POSTURE_SEDENTARY)
                .redFlag(RedFlag.NUMBNESS_TINGLING).clearedRedFlag(RedFlag.NIGHT_PAIN));

        assertThat(plan.referralRequired()).isTrue();
        assertThat(plan.blockingRedFlags()).containsExactly(RedFlag.NUMBNESS_TINGLING);
    }

    @Test
    void clearedRedFlagsStillNeedTheReferralOnRecordButNoLongerBlock() {
        PlanProposal plan = propose(intake(SUBACUTE, POSTURE_SEDENTARY).clearedRedFlag(RedFlag.CANCER_HISTORY));

        assertThat(plan.referralRequired()).isTrue();
        assertThat(plan.blockingRedFlags()).isEmpty();
    }

    @Test
    void noRedFlagsMeansNoReferral() {
        PlanProposal plan = propose(intake(SUBACUTE, POSTURE_SEDENTARY));

        assertThat(plan.referralRequired()).isFalse();
        assertThat(plan.blockingRedFlags()).isEqualTo(Set.of());
    }

    @Test
    void proposalCarriesTheHomeCareProgrammeForTheIntake() {
        var findings = intake(ACUTE, MUSCLE_STRAIN).knotsIn(left(SCAPULAR)).findings();

        assertThat(builder.propose(findings).homeCare())
                .hasSize(3)
                .isEqualTo(HomeCare.programmeFor(findings));
    }
}
