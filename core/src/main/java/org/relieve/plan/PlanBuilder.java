package org.relieve.plan;

import static org.relieve.clinical.BodyRegion.GLUTEAL;
import static org.relieve.clinical.BodyRegion.LUMBAR_PARASPINAL;
import static org.relieve.clinical.BodyRegion.QUADRATUS_LUMBORUM;
import static org.relieve.clinical.BodyRegion.THORACIC_PARASPINAL;
import static org.relieve.clinical.BodyRegion.UPPER_TRAPEZIUS;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.relieve.clinical.Acuity;
import org.relieve.clinical.BodyRegion;
import org.relieve.clinical.HoldRange;
import org.relieve.clinical.PainCause;
import org.relieve.clinical.PressureLevel;
import org.relieve.clinical.RedFlag;
import org.relieve.clinical.RegionSide;
import org.relieve.clinical.Technique;

/**
 * Proposes a session shape from an intake, following design §4's default session-shape table. The
 * proposal is the therapist's starting point: every step says why it is there, and the therapist
 * adjusts. The spine is never proposed as a target, whatever the intake says.
 */
public final class PlanBuilder {

    private static final List<RegionSide> WHOLE_BACK = List.of(
            RegionSide.both(UPPER_TRAPEZIUS), RegionSide.both(THORACIC_PARASPINAL), RegionSide.both(LUMBAR_PARASPINAL));
    /** Deep tissue belongs on the big muscle groups beside the spine and in the lower back. */
    private static final Set<BodyRegion> DEEP_TISSUE_REGIONS =
            EnumSet.of(THORACIC_PARASPINAL, LUMBAR_PARASPINAL, QUADRATUS_LUMBORUM, GLUTEAL);
    private static final Set<PainCause> MYOFASCIAL_CAUSES =
            EnumSet.of(PainCause.POSTURE_SEDENTARY, PainCause.STRESS_TENSION, PainCause.SLEEP_ERGONOMICS);

    public PlanProposal propose(IntakeFindings intake) {
        boolean acute = intake.acuity() == Acuity.ACUTE;
        boolean stressLed = intake.primaryCause() == PainCause.STRESS_TENSION;
        List<RegionSide> painRegions = treatable(intake.painRegions());

        List<Step> steps = new ArrayList<>();
        steps.add(warmUp(acute, stressLed));
        if (!(acute && intake.has(RedFlag.INFLAMMATION))) {
            steps.add(petrissage(intake, painRegions));
        }
        List<RegionSide> knots = treatable(intake.triggerPoints());
        if (!knots.isEmpty()) {
            steps.add(triggerPoints(intake.acuity(), knots));
        }
        if (intake.acuity() == Acuity.CHRONIC && !intake.has(RedFlag.ACUTE_INJURY)) {
            steps.add(deepTissue(intake.acuity(), painRegions));
        }
        List<String> myofascialReasons = myofascialReasons(intake);
        if (!myofascialReasons.isEmpty()) {
            steps.add(myofascialRelease(myofascialReasons, painRegions));
        }
        steps.add(new Step(Technique.EFFLEURAGE, WHOLE_BACK, PressureLevel.LIGHT, 4,
                "To close: light gliding strokes over the whole back to calm the tissue after the deeper work"));

        List<ProposedStep> numbered = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            numbered.add(steps.get(i).numbered(i + 1));
        }
        return new PlanProposal(numbered, HomeCare.programmeFor(intake),
                !intake.redFlags().isEmpty(), intake.unresolvedRedFlags());
    }

    private static Step warmUp(boolean acute, boolean stressLed) {
        String why = "Warm-up: long gliding strokes toward the heart to warm and relax the tissue";
        if (acute) {
            why += "; light because the pain is acute";
        } else if (stressLed) {
            why += "; light and longer because the pain is stress-led (relaxation-focused)";
        }
        PressureLevel pressure = acute || stressLed ? PressureLevel.LIGHT : PressureLevel.MODERATE;
        return new Step(Technique.EFFLEURAGE, WHOLE_BACK, pressure, stressLed ? 10 : 8, why);
    }

    private static Step petrissage(IntakeFindings intake, List<RegionSide> painRegions) {
        List<RegionSide> regions = orDefault(painRegions, List.of(RegionSide.both(LUMBAR_PARASPINAL)));
        String why = "Kneading to loosen deeper tension and adhesions in " + describe(regions)
                + ", increased gradually to the client's tolerance";
        if (intake.has(PainCause.MUSCLE_STRAIN)) {
            why += "; promotes circulation in the strained muscle";
        }
        if (intake.has(PainCause.SLEEP_ERGONOMICS)) {
            why += "; eases tension left by the sleeping position";
        }
        return new Step(Technique.PETRISSAGE, regions, PressureLevel.MODERATE, 8, why);
    }

    private static Step triggerPoints(Acuity acuity, List<RegionSide> knots) {
        HoldRange holds = Technique.TRIGGER_POINT.holdRange().orElseThrow();
        boolean acute = acuity == Acuity.ACUTE;
        String why = acuity.label() + " pain and knots in " + describe(knots)
                + " → sustained pressure on each point, " + holds + " holds"
                + (acute ? "; moderate rather than firm because the pain is acute" : "");
        return new Step(Technique.TRIGGER_POINT, knots, acute ? PressureLevel.MODERATE : PressureLevel.FIRM, 4,
                holds.minSeconds(), holds.maxSeconds(), why);
    }

    private static Step deepTissue(Acuity acuity, List<RegionSide> painRegions) {
        List<RegionSide> regions = orDefault(
                painRegions.stream().filter(r -> DEEP_TISSUE_REGIONS.contains(r.region())).toList(),
                List.of(RegionSide.both(LUMBAR_PARASPINAL)));
        String why = acuity.label() + " pain in " + describe(regions)
                + " → slow strokes into the deeper layers; start firm and increase to deep gradually,"
                + " with the client's feedback on pressure";
        return new Step(Technique.DEEP_TISSUE, regions, PressureLevel.FIRM, 12, why);
    }

    private static List<String> myofascialReasons(IntakeFindings intake) {
        List<String> reasons = new ArrayList<>();
        if (intake.fascialRestriction()) {
            reasons.add("fascial restriction");
        }
        MYOFASCIAL_CAUSES.stream() // EnumSet iterates in declaration order: a stable reason text
                .filter(intake::has)
                .forEach(cause -> reasons.add(cause.label().toLowerCase()));
        return reasons;
    }

    private static Step myofascialRelease(List<String> reasons, List<RegionSide> painRegions) {
        HoldRange holds = Technique.MYOFASCIAL_RELEASE.holdRange().orElseThrow();
        List<RegionSide> regions = orDefault(painRegions,
                List.of(RegionSide.both(UPPER_TRAPEZIUS), RegionSide.both(THORACIC_PARASPINAL)));
        String why = capitalise(String.join(", ", reasons)) + " → sustained gentle pressure on "
                + describe(regions) + ", " + holds + " holds until the tension decreases";
        return new Step(Technique.MYOFASCIAL_RELEASE, regions, PressureLevel.LIGHT, 8,
                holds.minSeconds(), holds.maxSeconds(), why);
    }

    /** Drops the spine (never a target) and repeats, keeping the intake's order. */
    private static List<RegionSide> treatable(Collection<RegionSide> regions) {
        return regions.stream().filter(r -> r.region().isTreatable()).distinct().toList();
    }

    private static List<RegionSide> orDefault(List<RegionSide> regions, List<RegionSide> fallback) {
        return regions.isEmpty() ? fallback : regions;
    }

    private static String describe(List<RegionSide> regions) {
        return regions.stream().map(r -> r.label().toLowerCase()).collect(Collectors.joining(", "));
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** A step before it gets its place in the session. */
    private record Step(Technique technique, List<RegionSide> regions, PressureLevel pressure, int minutes,
            Integer holdSecondsMin, Integer holdSecondsMax, String reason) {

        Step(Technique technique, List<RegionSide> regions, PressureLevel pressure, int minutes, String reason) {
            this(technique, regions, pressure, minutes, null, null, reason);
        }

        ProposedStep numbered(int order) {
            return new ProposedStep(order, technique, regions, pressure, minutes, holdSecondsMin, holdSecondsMax, reason);
        }
    }
}
