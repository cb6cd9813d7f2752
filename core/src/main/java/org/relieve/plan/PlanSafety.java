package org.relieve.plan;

import java.util.ArrayList;
import java.util.List;

import org.relieve.clinical.RuleFinding;
import org.relieve.clinical.RuleViolationException;
import org.relieve.clinical.TechniqueRules;
import org.relieve.intake.IntakeDetails;

/** Applies the technique rules to every step of a plan: refusals stop the save, warnings are kept. */
final class PlanSafety {

    private PlanSafety() {
    }

    /**
     * @return the soft-rule warnings to keep with the plan
     * @throws RuleViolationException when any step breaks a hard rule (such as a spine target)
     */
    static List<RuleFinding> check(NewPlan plan, IntakeDetails intake) {
        List<RuleFinding> refusals = new ArrayList<>();
        List<RuleFinding> warnings = new ArrayList<>();
        for (int i = 0; i < plan.steps().size(); i++) {
            PlanStep step = plan.steps().get(i);
            String prefix = "steps[" + i + "]";
            for (RuleFinding finding : TechniqueRules.check(prefix, step.technique(), step.regions(), null,
                    intake.acuity(), intake.redFlags())) {
                (finding.blocking() ? refusals : warnings).add(finding);
            }
            if (step.holdSecondsMin() != null) {
                TechniqueRules.checkHold(prefix + ".holdSecondsMin", step.technique(), step.holdSecondsMin())
                        .ifPresent(warnings::add);
            }
            if (step.holdSecondsMax() != null) {
                TechniqueRules.checkHold(prefix + ".holdSecondsMax", step.technique(), step.holdSecondsMax())
                        .ifPresent(warnings::add);
            }
        }
        if (!refusals.isEmpty()) {
            throw new RuleViolationException(refusals);
        }
        return List.copyOf(warnings);
    }
}
