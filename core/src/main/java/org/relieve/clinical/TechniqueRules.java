package org.relieve.clinical;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The safety gate for one technique application, shared by treatment plans and session records so
 * both apply design §4's hard and soft rules the same way. Hard rules refuse; soft rules warn and
 * leave the decision to the therapist.
 *
 * <p>A hold under one second is not checked here: that is plain input validation, done by Bean
 * Validation on the form or request.
 */
public final class TechniqueRules {

    static final String SPINE_REFUSAL =
            "Never apply pressure on the spine itself; choose the muscles beside it (paraspinal).";
    static final String NO_REGION_REFUSAL = "Choose at least one region.";
    static final String NO_TECHNIQUE_REFUSAL = "Choose a technique.";
    static final String DEEP_TISSUE_ACUTE_WARNING =
            "Deep tissue massage on acute pain is not recommended; use gentle work until the injury settles.";

    private TechniqueRules() {
    }

    /**
     * Checks one technique application.
     *
     * @param fieldPrefix  prefix for finding field names, e.g. {@code steps[2]}; blank for a lone entry
     * @param holdSeconds  the entered hold, or null when none was entered
     * @param acuity       the intake's acuity, or null when not known
     * @param redFlags     the intake's red flags; null is read as none
     * @return refusals first, then warnings; empty when the entry is fine
     */
    public static List<RuleFinding> check(String fieldPrefix, Technique technique, List<RegionSide> regions,
            Integer holdSeconds, Acuity acuity, Set<RedFlag> redFlags) {
        List<RuleFinding> refusals = new ArrayList<>();
        List<RuleFinding> warnings = new ArrayList<>();

        if (technique == null) {
            refusals.add(RuleFinding.refusal(field(fieldPrefix, "technique"), NO_TECHNIQUE_REFUSAL));
        }
        if (regions == null || regions.isEmpty()) {
            refusals.add(RuleFinding.refusal(field(fieldPrefix, "regions"), NO_REGION_REFUSAL));
        } else if (regions.stream().anyMatch(r -> !r.region().isTreatable())) {
            refusals.add(RuleFinding.refusal(field(fieldPrefix, "regions"), SPINE_REFUSAL));
        }
        if (technique == null) {
            return List.copyOf(refusals);
        }

        // Only techniques that hold have a range; a hold entered for a stroke technique is ignored.
        if (holdSeconds != null) {
            checkHold(field(fieldPrefix, "holdSeconds"), technique, holdSeconds).ifPresent(warnings::add);
        }

        boolean acute = acuity == Acuity.ACUTE || (redFlags != null && redFlags.contains(RedFlag.ACUTE_INJURY));
        if (technique == Technique.DEEP_TISSUE && acute) {
            warnings.add(RuleFinding.warning(field(fieldPrefix, "technique"), DEEP_TISSUE_ACUTE_WARNING));
        }

        List<RuleFinding> findings = new ArrayList<>(refusals);
        findings.addAll(warnings);
        return List.copyOf(findings);
    }

    /** A warning when a hold leaves the technique's recommended range; nothing for techniques that do not hold. */
    public static Optional<RuleFinding> checkHold(String field, Technique technique, int holdSeconds) {
        return technique.holdRange()
                .filter(range -> !range.contains(holdSeconds))
                .map(range -> RuleFinding.warning(field, technique.label() + " holds are usually " + range + "; "
                        + holdSeconds + " s was entered."));
    }

    private static String field(String prefix, String name) {
        return prefix == null || prefix.isBlank() ? name : prefix + "." + name;
    }
}
