package org.relieve.ui.client;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.relieve.reporting.ClientOutcome;
import org.relieve.reporting.chart.ChartRenderer;
import org.relieve.reporting.chart.OutcomeCharts;

/** One client's pain per session against the baseline and the MCID threshold (therapists in care). */
class ClientOutcomesTab extends VerticalLayout {

    final Svg chart = new Svg();

    ClientOutcomesTab(ClientOutcome outcome) {
        setPadding(false);
        HorizontalLayout facts = new HorizontalLayout(
                fact("Baseline", outcome.baseline() == null ? "not recorded" : outcome.baseline() + " / 10"),
                fact("Latest", outcome.latest() == null ? "no signed session yet" : outcome.latest() + " / 10"),
                fact("MCID", outcome.baseline() == null || outcome.latest() == null ? "not measurable yet"
                        : outcome.mcidReached() ? "reached" : "not reached (needs ≤ "
                        + Math.max(0, OutcomeCharts.mcidThreshold(outcome.baseline())) + ")"));
        facts.addClassName("relieve-outcome-facts");
        add(facts);
        if (outcome.sessions().isEmpty()) {
            add(new Paragraph("No signed sessions yet: the chart appears after the first signed session."));
            return;
        }
        chart.addClassName("relieve-chart");
        chart.setSvg(ChartRenderer.svg(OutcomeCharts.clientTrend(outcome), 900, 360));
        add(chart, new Paragraph("MCID: the latest pain score is at least 2 points and 30 % below the baseline."));
    }

    private static Span fact(String label, String value) {
        Span span = new Span(label + ": " + value);
        span.addClassName("relieve-outcome-fact");
        return span;
    }
}
