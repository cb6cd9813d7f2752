package org.relieve.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relieve.clinical.Acuity.ACUTE;
import static org.relieve.clinical.Acuity.CHRONIC;
import static org.relieve.clinical.Acuity.SUBACUTE;
import static org.relieve.clinical.BodyRegion.SCAPULAR;
import static org.relieve.clinical.PainCause.BIOMECHANICAL_OTHER;
import static org.relieve.clinical.PainCause.MUSCLE_STRAIN;
import static org.relieve.clinical.PainCause.POSTURE_SEDENTARY;
import static org.relieve.clinical.PainCause.SLEEP_ERGONOMICS;
import static org.relieve.clinical.PainCause.STRESS_TENSION;
import static org.relieve.clinical.RegionSide.both;
import static org.relieve.plan.Intakes.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

class HomeCareTest {

    private static List<HomeCareAdvice> programme(Intakes intake) {
        return HomeCare.programmeFor(intake.findings());
    }

    private static List<String> advice(Intakes intake) {
        return programme(intake).stream().map(HomeCareAdvice::advice).toList();
    }

    @Test
    void everyProgrammeStartsWithGentleParaspinalSelfMassageNeverOnTheSpine() {
        HomeCareAdvice first = programme(intake(ACUTE, BIOMECHANICAL_OTHER)).getFirst();

        assertThat(first.advice()).contains("fingertips").contains("never on the spine")
                .contains("circular or long strokes").contains("5–10 minutes");
        assertThat(first.minutes()).isEqualTo(10);
        assertThat(first.holdSecondsMin()).isNull();
    }

    @Test
    void nothingBeyondSelfMassageWhenNoCauseOrFindingAsksForMore() {
        assertThat(advice(intake(CHRONIC, BIOMECHANICAL_OTHER))).containsExactly(HomeCare.SELF_MASSAGE);
    }

    @Test
    void knotsFoundAddATennisBallHeldTwentyToSixtySeconds() {
        List<HomeCareAdvice> programme = programme(intake(SUBACUTE, BIOMECHANICAL_OTHER).knotsIn(both(SCAPULAR)));

        assertThat(programme).containsExactly(
                new HomeCareAdvice(HomeCare.SELF_MASSAGE, 10, null, null),
                new HomeCareAdvice(HomeCare.TENNIS_BALL, null, 20, 60));
    }

    @Test
    void fascialRestrictionAddsAFoamRollerHeldThirtyToNinetySeconds() {
        assertThat(programme(intake(SUBACUTE, BIOMECHANICAL_OTHER).fascialRestriction())).containsExactly(
                new HomeCareAdvice(HomeCare.SELF_MASSAGE, 10, null, null),
                new HomeCareAdvice(HomeCare.FOAM_ROLLER, null, 30, 90));
    }

    @Test
    void postureClientGetsFoamRollerStretchingBreaksAndErgonomicAdjustments() {
        assertThat(advice(intake(SUBACUTE, POSTURE_SEDENTARY))).containsExactly(
                HomeCare.SELF_MASSAGE, HomeCare.FOAM_ROLLER, HomeCare.STRETCHING_BREAKS, HomeCare.ERGONOMICS);
        assertThat(HomeCare.ERGONOMICS).contains("chair").contains("screen").contains("breaks");
    }

    @Test
    void postureWithFascialRestrictionGetsTheFoamRollerOnce() {
        assertThat(advice(intake(SUBACUTE, POSTURE_SEDENTARY).fascialRestriction()))
                .containsOnlyOnce(HomeCare.FOAM_ROLLER);
    }

    @Test
    void acuteStrainGetsRestColdCompressAndGentleSelfMassageOnly() {
        List<HomeCareAdvice> programme = programme(intake(ACUTE, MUSCLE_STRAIN));

        assertThat(programme).containsExactly(
                new HomeCareAdvice(HomeCare.SELF_MASSAGE, 10, null, null),
                new HomeCareAdvice(HomeCare.STRAIN_ACUTE, 15, null, null));
        assertThat(HomeCare.STRAIN_ACUTE).contains("Rest").contains("cold compress").contains("gentle self-massage only");
    }

    @Test
    void settledStrainGetsWarmUpAndLiftingAdviceInsteadOfRest() {
        assertThat(advice(intake(SUBACUTE, MUSCLE_STRAIN)))
                .containsExactly(HomeCare.SELF_MASSAGE, HomeCare.STRAIN_PREVENTION)
                .doesNotContain(HomeCare.STRAIN_ACUTE);
        assertThat(HomeCare.STRAIN_PREVENTION).contains("Warm up").contains("lift with good technique");
    }

    @Test
    void stressGetsFiveMinutesOfDiaphragmaticBreathing() {
        assertThat(programme(intake(CHRONIC, STRESS_TENSION)))
                .containsExactly(new HomeCareAdvice(HomeCare.SELF_MASSAGE, 10, null, null),
                        new HomeCareAdvice(HomeCare.BREATHING, 5, null, null));
        assertThat(HomeCare.BREATHING).startsWith("Diaphragmatic breathing");
    }

    @Test
    void sleepErgonomicsGetsSleepPositionAndSupportAdvice() {
        assertThat(advice(intake(CHRONIC, SLEEP_ERGONOMICS))).containsExactly(HomeCare.SELF_MASSAGE, HomeCare.SLEEP);
        assertThat(HomeCare.SLEEP).contains("pillow between the knees").contains("supportive mattress");
    }

    @Test
    void everythingAtOnceGivesEachItemOnceInAFixedOrder() {
        Intakes everything = intake(ACUTE, STRESS_TENSION).alsoCausedBy(SLEEP_ERGONOMICS)
                .alsoCausedBy(MUSCLE_STRAIN).alsoCausedBy(POSTURE_SEDENTARY)
                .knotsIn(both(SCAPULAR)).fascialRestriction();

        assertThat(advice(everything)).containsExactly(
                HomeCare.SELF_MASSAGE, HomeCare.TENNIS_BALL, HomeCare.FOAM_ROLLER, HomeCare.STRETCHING_BREAKS,
                HomeCare.ERGONOMICS, HomeCare.STRAIN_ACUTE, HomeCare.BREATHING, HomeCare.SLEEP);
        assertThat(programme(everything)).isEqualTo(programme(everything));
    }
}
