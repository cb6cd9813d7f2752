package org.relieve.reporting.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.relieve.clinical.PainCause;
import org.relieve.reporting.ClientOutcome;
import org.relieve.reporting.GroupBy;
import org.relieve.reporting.OutcomeFilter;
import org.relieve.reporting.OutcomeGroup;
import org.relieve.reporting.OutcomeReport;
import org.relieve.reporting.export.ReportCsv;
import org.relieve.reporting.export.ReportPdf;

/** The chart model rendered to SVG, PDF and CSV from crafted reports (no database). */
class ReportRenderingTest {

    static final OutcomeReport BY_CAUSE = new OutcomeReport(OutcomeFilter.everything(), GroupBy.CAUSE, List.of(
            new OutcomeGroup("MUSCLE_STRAIN", "Muscle strain from physical activity", 12, 40, 6.5, 3.25, -3.25, -1.125, 0.5, false),
            new OutcomeGroup("POSTURE_SEDENTARY", "Poor posture / sedentary work", 7, 21, 5.0, 4.0, -1.0, -0.8, 0.2857142857, false),
            new OutcomeGroup("SLEEP_ERGONOMICS", "Sleep ergonomics", 3, 6, null, null, null, null, null, true)));

    static final OutcomeReport BY_MONTH = new OutcomeReport(
            new OutcomeFilter(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), null, PainCause.MUSCLE_STRAIN, null),
            GroupBy.MONTH, List.of(
            new OutcomeGroup("2026-01", "January 2026", 9, 20, 6.0, 5.5, -0.5, -1.0, 0.1, false),
            new OutcomeGroup("2026-02", "February 2026", 10, 25, 6.2, 4.1, -2.1, -1.2, 0.4, false),
            new OutcomeGroup("2026-03", "March 2026", 4, 5, null, null, null, null, null, true)));

    @Test
    void barChartSvgNamesEveryGroupWithItsSizeAndLeavesSmallGroupsUnreported() throws Exception {
        String svg = ChartRenderer.svg(OutcomeCharts.byGroup(BY_CAUSE, OutcomeCharts.Measure.MEAN_CHANGE), 900, 420);
        Files.writeString(Path.of(System.getProperty("java.io.tmpdir"), "relieve-bar.svg"), svg);

        assertThat(svg).startsWith("<svg").contains("viewBox='0.0 0.0 900.0 420.0'").doesNotContain("''");
        assertThat(svg).contains(">Muscle strain from physical activity", "(n=12)<", "Poor posture / sedentary work (n=7)",
                "Sleep ergonomics (too few to report)");
        assertThat(svg).contains(">-3.2<", ">-1.0<"); // bar labels of the two reported groups
        assertThat(svg).contains("rgb(31,138,126)"); // the clinic's teal
    }

    @Test
    void trendSvgHasBothSeries() throws Exception {
        String svg = ChartRenderer.svg(OutcomeCharts.trend(BY_MONTH), 900, 420);
        Files.writeString(Path.of(System.getProperty("java.io.tmpdir"), "relieve-trend.svg"), svg);

        assertThat(svg).contains(OutcomeCharts.MEAN_BASELINE, OutcomeCharts.MEAN_LATEST, "Pain by month",
                "February 2026 (n=10)", "March 2026 (too few to report)");
    }

    @Test
    void clientTrendShowsSessionsBaselineAndMcidThreshold() throws Exception {
        ClientOutcome outcome = new ClientOutcome(7, 8, List.of(
                new ClientOutcome.SessionScores(1, LocalDate.of(2026, 2, 3), 8, 6),
                new ClientOutcome.SessionScores(2, LocalDate.of(2026, 2, 10), 6, 4),
                new ClientOutcome.SessionScores(3, LocalDate.of(2026, 2, 10), 5, 3),
                new ClientOutcome.SessionScores(4, LocalDate.of(2026, 2, 24), 4, 2)), 4, true);
        String svg = ChartRenderer.svg(OutcomeCharts.clientTrend(outcome), 900, 420);
        Files.writeString(Path.of(System.getProperty("java.io.tmpdir"), "relieve-client.svg"), svg);

        assertThat(svg).contains(OutcomeCharts.BEFORE, OutcomeCharts.AFTER, "Baseline 8", "MCID ≤ 5",
                "3 Feb 26", "10 Feb 26 (2)");
        assertThat(OutcomeCharts.mcidThreshold(8)).isEqualTo(5);
        assertThat(OutcomeCharts.mcidThreshold(10)).isEqualTo(7);
        assertThat(OutcomeCharts.mcidThreshold(1)).isEqualTo(-1);
    }

    @Test
    void csvHasTheApiColumnsAndOneRowPerGroup() {
        StringWriter out = new StringWriter();
        ReportCsv.write(BY_CAUSE, out);

        assertThat(out.toString()).isEqualTo(
                "key,label,clients,sessions,meanBaseline,meanLatest,meanChange,meanSessionChange,mcidRate,suppressed\r\n"
                + "MUSCLE_STRAIN,Muscle strain from physical activity,12,40,6.50,3.25,-3.25,-1.13,0.500,false\r\n"
                + "POSTURE_SEDENTARY,Poor posture / sedentary work,7,21,5.00,4.00,-1.00,-0.80,0.286,false\r\n"
                + "SLEEP_ERGONOMICS,Sleep ergonomics,3,6,,,,,,true\r\n");
    }

    @Test
    void pdfOpensWithTitleFiltersAndTable() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportPdf.write(BY_MONTH, BY_CAUSE, "Back in Balance Clinic", "1 Jan 2026 – 31 Mar 2026 · cause: Muscle strain",
                Instant.parse("2026-04-02T09:30:00Z"), ZoneOffset.UTC, out);
        Files.write(Path.of(System.getProperty("java.io.tmpdir"), "relieve-report.pdf"), out.toByteArray());

        PdfReader reader = new PdfReader(out.toByteArray());
        try {
            assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(1);
            PdfTextExtractor text = new PdfTextExtractor(reader);
            String first = text.getTextFromPage(1);
            assertThat(first).contains("Back in Balance Clinic", "Outcome report", "cause: Muscle strain",
                    "2 April 2026, 09:30", "February 2026");
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(text.getTextFromPage(page));
            }
            assertThat(all.toString()).contains("Poor posture / sedentary work", "too few to report", "29 %");
        } finally {
            reader.close();
        }
    }
}
