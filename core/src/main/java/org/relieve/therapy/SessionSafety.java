package org.relieve.therapy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.relieve.clinical.Acuity;
import org.relieve.clinical.RedFlag;
import org.relieve.clinical.RuleFinding;
import org.relieve.clinical.RuleViolationException;
import org.relieve.clinical.TechniqueRules;

/** Applies the technique rules to each application of a session: refusals stop the save, warnings are kept. */
final class SessionSafety {

    private SessionSafety() {
    }

    static List<RuleFinding> check(NewSessionRecord record, Acuity acuity, Set<RedFlag> intakeFlags) {
        List<RuleFinding> refusals = new ArrayList<>();
        List<RuleFinding> warnings = new ArrayList<>();
        for (int i = 0; i < record.applications().size(); i++) {
            TechniqueApplicationEntry entry = record.applications().get(i);
            for (RuleFinding finding : TechniqueRules.check("applications[" + i + "]", entry.technique(),
                    List.of(new org.relieve.clinical.RegionSide(entry.region(), entry.side())), entry.holdSeconds(),
                    acuity, intakeFlags)) {
                (finding.blocking() ? refusals : warnings).add(finding.field().endsWith(".regions")
                        ? new RuleFinding(finding.field().replace(".regions", ".region"), finding.message(), finding.blocking())
                        : finding);
            }
        }
        if (!refusals.isEmpty()) {
            throw new RuleViolationException(refusals);
        }
        return List.copyOf(warnings);
    }
}
