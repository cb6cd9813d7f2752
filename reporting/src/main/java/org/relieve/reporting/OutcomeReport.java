package org.relieve.reporting;

import java.util.List;

/** An outcome report: its filter and grouping, and the groups sorted by key. */
public record OutcomeReport(OutcomeFilter filter, GroupBy groupBy, List<OutcomeGroup> groups) {
}
