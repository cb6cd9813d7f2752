package org.relieve.reporting.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.relieve.reporting.GroupBy;
import org.relieve.reporting.OutcomeFilter;
import org.relieve.reporting.OutcomeGroup;
import org.relieve.reporting.OutcomeReport;

/**
 * Charts are shown as inline SVG, and a group's label can be a therapist's display name that staff
 * typed: the SVG must carry it as escaped text, never as markup.
 */
class ChartTextEscapingTest {

    private static final String HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)> & Lee";

    @Test
    void aTherapistNameWithMarkupIsEscapedInTheBarChart() {
        OutcomeReport byTherapist = new OutcomeReport(OutcomeFilter.everything(), GroupBy.THERAPIST, List.of(
                new OutcomeGroup("7", HOSTILE, 6, 18, 6.0, 3.0, -3.0, -1.0, 0.5, false)));

        String svg = ChartRenderer.svg(OutcomeCharts.byGroup(byTherapist, OutcomeCharts.Measure.values()[0]), 900, 360);

        assertThat(svg).doesNotContain("<script").doesNotContain("<img").doesNotContain("onerror=alert(2)>")
                .contains("&lt;script&gt;");
    }
}
