package org.relieve.clinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.relieve.clinical.Acuity.ACUTE;
import static org.relieve.clinical.Acuity.CHRONIC;
import static org.relieve.clinical.Acuity.SUBACUTE;
import static org.relieve.clinical.BodyRegion.LUMBAR_PARASPINAL;
import static org.relieve.clinical.BodyRegion.SCAPULAR;
import static org.relieve.clinical.BodyRegion.SPINE;
import static org.relieve.clinical.RegionSide.both;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class TechniqueRulesTest {

    private static final List<RegionSide> LOWER_BACK = List.of(both(LUMBAR_PARASPINAL));
    private static final Set<RedFlag> NO_FLAGS = Set.of();

    @ParameterizedTest
    @EnumSource(Technique.class)
    void spineIsRefusedAsATargetForEveryTechnique(Technique technique) {
        List<RuleFinding> findings = TechniqueRules.check("steps[2]", technique,
                List.of(both(LUMBAR_PARASPINAL), both(SPINE)), null, SUBACUTE, NO_FLAGS);

        assertThat(findings).containsExactly(RuleFinding.refusal("steps[2].regions",
                "Never apply pressure on the spine itself; choose the muscles beside it (paraspinal)."));
        assertThat(findings.getFirst().blocking()).isTrue();
    }

    @Test
    void noRegionChosenIsRefused() {
        RuleFinding expected = RuleFinding.refusal("steps[1].regions", "Choose at least one region.");

        assertThat(TechniqueRules.check("steps[1]", Technique.EFFLEURAGE, List.of(), null, SUBACUTE, NO_FLAGS))
                .containsExactly(expected);
        assertThat(TechniqueRules.check("steps[1]", Technique.EFFLEURAGE, null, null, SUBACUTE, NO_FLAGS))
                .containsExactly(expected);
    }

    @Test
    void noTechniqueChosenIsRefused() {
        assertThat(TechniqueRules.check("steps[3]", null, LOWER_BACK, 30, SUBACUTE, NO_FLAGS))
                .containsExactly(RuleFinding.refusal("steps[3].technique", "Choose a technique."));
    }

    @Test
    void triggerPointHoldAboveItsRangeIsWarnedNotRefused() {
        List<RuleFinding> findings = TechniqueRules.check("steps[2]", Technique.TRIGGER_POINT,
                List.of(both(SCAPULAR)), 75, CHRONIC, NO_FLAGS);

        assertThat(findings).containsExactly(RuleFinding.warning("steps[2].holdSeconds",
                "Trigger point therapy holds are usually 20–60 s; 75 s was entered."));
        assertThat(findings.getFirst().blocking()).isFalse();
    }

    @Test
    void myofascialHoldBelowItsRangeIsWarned() {
        assertThat(TechniqueRules.check("steps[4]", Technique.MYOFASCIAL_RELEASE, LOWER_BACK, 20, CHRONIC, NO_FLAGS))
                .containsExactly(RuleFinding.warning("steps[4].holdSeconds",
                        "Myofascial release holds are usually 30–90 s; 20 s was entered."));
    }

    @ParameterizedTest
    @CsvSource({"TRIGGER_POINT, 20", "TRIGGER_POINT, 60", "MYOFASCIAL_RELEASE, 30", "MYOFASCIAL_RELEASE, 90",
            "MYOFASCIAL_RELEASE, 45"})
    void holdWithinTheTechniquesRangeIsSilent(Technique technique, int seconds) {
        assertThat(TechniqueRules.check("steps[1]", technique, LOWER_BACK, seconds, CHRONIC, NO_FLAGS)).isEmpty();
    }

    @Test
    void holdEnteredForAStrokeTechniqueIsIgnored() {
        assertThat(TechniqueRules.check("steps[1]", Technique.EFFLEURAGE, LOWER_BACK, 300, CHRONIC, NO_FLAGS)).isEmpty();
    }

    @Test
    void noHoldEnteredIsSilent() {
        assertThat(TechniqueRules.check("steps[1]", Technique.TRIGGER_POINT, LOWER_BACK, null, CHRONIC, NO_FLAGS))
                .isEmpty();
    }

    @Test
    void deepTissueOnAcutePainIsWarned() {
        assertThat(TechniqueRules.check("steps[4]", Technique.DEEP_TISSUE, LOWER_BACK, null, ACUTE, NO_FLAGS))
                .containsExactly(RuleFinding.warning("steps[4].technique",
                        "Deep tissue massage on acute pain is not recommended; use gentle work until the injury settles."));
    }

    @Test
    void deepTissueOverAnAcuteInjuryIsWarnedEvenWhenThePainIsChronic() {
        assertThat(TechniqueRules.check("steps[4]", Technique.DEEP_TISSUE, LOWER_BACK, null, CHRONIC,
                Set.of(RedFlag.ACUTE_INJURY)))
                .extracting(RuleFinding::field, RuleFinding::blocking)
                .containsExactly(tuple("steps[4].technique", false));
    }

    @Test
    void deepTissueOnChronicPainIsSilent() {
        assertThat(TechniqueRules.check("steps[4]", Technique.DEEP_TISSUE, LOWER_BACK, null, CHRONIC, NO_FLAGS))
                .isEmpty();
    }

    @Test
    void gentleTechniquesOnAcutePainAreNotWarned() {
        assertThat(TechniqueRules.check("steps[2]", Technique.PETRISSAGE, LOWER_BACK, null, ACUTE,
                Set.of(RedFlag.ACUTE_INJURY))).isEmpty();
    }

    @Test
    void refusalsComeBeforeWarningsAndAllAreReported() {
        List<RuleFinding> findings = TechniqueRules.check("steps[5]", Technique.DEEP_TISSUE, List.of(both(SPINE)),
                null, ACUTE, null);

        assertThat(findings).extracting(RuleFinding::field, RuleFinding::blocking).containsExactly(
                tuple("steps[5].regions", true),
                tuple("steps[5].technique", false));
    }

    @Test
    void aLoneEntryWithoutPrefixGetsBareFieldNames() {
        assertThat(TechniqueRules.check("", Technique.TRIGGER_POINT, LOWER_BACK, 5, null, null))
                .extracting(RuleFinding::field).containsExactly("holdSeconds");
    }
}
