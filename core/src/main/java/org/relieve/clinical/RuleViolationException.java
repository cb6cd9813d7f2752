package org.relieve.clinical;

import java.util.List;
import java.util.stream.Collectors;

import org.relieve.common.BusinessRuleException;

/** A save refused by the clinic's hard rules; each finding names the field it is about. */
public class RuleViolationException extends BusinessRuleException {

    private final List<RuleFinding> findings;

    public RuleViolationException(List<RuleFinding> findings) {
        super(findings.stream().map(RuleFinding::message).distinct().collect(Collectors.joining(" ")));
        this.findings = List.copyOf(findings);
    }

    public RuleViolationException(String message) {
        super(message);
        this.findings = List.of();
    }

    public List<RuleFinding> findings() {
        return findings;
    }
}
