package org.relieve.reporting;

/**
 * One group of an outcome report (api.md). Measures are null when the group is suppressed (fewer
 * than five clients: small groups identify people).
 *
 * @param key   the enum name, the staff id, {@code YYYY-Www} or {@code YYYY-MM}
 * @param label the key in words, for people (a technique's label, a therapist's name)
 */
public record OutcomeGroup(
        String key,
        String label,
        int clients,
        int sessions,
        Double meanBaseline,
        Double meanLatest,
        Double meanChange,
        Double meanSessionChange,
        Double mcidRate,
        boolean suppressed) {
}
