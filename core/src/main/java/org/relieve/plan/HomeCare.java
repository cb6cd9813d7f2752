package org.relieve.plan;

import java.util.ArrayList;
import java.util.List;

import org.relieve.clinical.Acuity;
import org.relieve.clinical.PainCause;
import org.relieve.clinical.Technique;

/**
 * The home-care programme a plan can print for the client (design §4, "Home self-massage guidance",
 * and the advice each pain cause suggests). Items come in a fixed order, so a printed programme
 * reads the same every time, and each appears at most once.
 */
public final class HomeCare {

    static final String SELF_MASSAGE = "Gentle self-massage of the muscles either side of the spine with fingertips"
            + " or a massage tool, never on the spine itself: circular or long strokes for 5–10 minutes.";
    static final String TENNIS_BALL = "Tennis ball on the knots (against a wall or the floor):"
            + " hold gentle pressure on each knot for 20–60 seconds.";
    static final String FOAM_ROLLER = "Foam roller or massage ball on tight areas: roll slowly,"
            + " and hold on a tight spot for 30–90 seconds until it eases.";
    static final String STRETCHING_BREAKS = "Regular stretching breaks: stand up and stretch at least every hour of sitting.";
    static final String ERGONOMICS = "Ergonomic adjustments at work: chair height and back support,"
            + " screen at eye height, and planned breaks.";
    static final String STRAIN_ACUTE = "Rest the strained muscle and apply a cold compress for 15 minutes at a time;"
            + " gentle self-massage only until it settles.";
    static final String STRAIN_PREVENTION = "Warm up before physical activity, and lift with good technique:"
            + " bend the knees and keep the load close.";
    static final String BREATHING = "Diaphragmatic breathing: slow breaths into the belly for 5 minutes, once or twice a day.";
    static final String SLEEP = "Sleep position and support: when lying on your side, a pillow between the knees;"
            + " a supportive mattress that keeps the spine level.";

    private HomeCare() {
    }

    public static List<HomeCareAdvice> programmeFor(IntakeFindings intake) {
        List<HomeCareAdvice> programme = new ArrayList<>();
        // Always: the one piece of self-care every back-pain client can do safely.
        programme.add(new HomeCareAdvice(SELF_MASSAGE, 10, null, null));

        if (!intake.triggerPoints().isEmpty()) {
            programme.add(withHolds(TENNIS_BALL, Technique.TRIGGER_POINT));
        }
        if (intake.fascialRestriction() || intake.has(PainCause.POSTURE_SEDENTARY)) {
            programme.add(withHolds(FOAM_ROLLER, Technique.MYOFASCIAL_RELEASE));
        }
        if (intake.has(PainCause.POSTURE_SEDENTARY)) {
            programme.add(HomeCareAdvice.of(STRETCHING_BREAKS));
            programme.add(HomeCareAdvice.of(ERGONOMICS));
        }
        if (intake.has(PainCause.MUSCLE_STRAIN)) {
            // An acute strain needs rest first; prevention advice comes once it has settled.
            programme.add(intake.acuity() == Acuity.ACUTE
                    ? new HomeCareAdvice(STRAIN_ACUTE, 15, null, null)
                    : HomeCareAdvice.of(STRAIN_PREVENTION));
        }
        if (intake.has(PainCause.STRESS_TENSION)) {
            programme.add(new HomeCareAdvice(BREATHING, 5, null, null));
        }
        if (intake.has(PainCause.SLEEP_ERGONOMICS)) {
            programme.add(HomeCareAdvice.of(SLEEP));
        }
        return List.copyOf(programme);
    }

    /** Hold times come from the technique itself, so the handout never disagrees with the plan. */
    private static HomeCareAdvice withHolds(String advice, Technique technique) {
        var range = technique.holdRange().orElseThrow();
        return new HomeCareAdvice(advice, null, range.minSeconds(), range.maxSeconds());
    }
}
