package org.relieve.api;

import java.util.List;

import org.relieve.clinical.RuleFinding;

/** A soft-rule warning as the API returns it with a saved record: {@code {field, message}}. */
public record ApiWarning(String field, String message) {

    public static List<ApiWarning> of(List<RuleFinding> findings) {
        return findings.stream().map(finding -> new ApiWarning(finding.field(), finding.message())).toList();
    }
}
