package org.relieve.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.relieve.clinical.PainCause;

/**
 * The manager's look at outcomes in a real browser: the reports open on the demo clinic's six
 * months with charts drawn, a cause filter redraws both charts and the table, and the PDF report
 * downloads as a real PDF.
 */
class JourneyManagerTest extends BrowserJourney {

    @Test
    void theManagerFiltersOutcomesByCauseSeesTheChartsChangeAndDownloadsThePdf() throws IOException {
        signIn("manager");
        screenshot("home");

        ReportPage reports = new ReportPage(this);
        reports.open();
        List<String> allCauses = reports.charts();
        assertThat(allCauses).hasSize(2).allSatisfy(chart -> assertThat(chart).startsWith("<svg"));
        assertThat(allCauses.get(1)).as("the comparison by technique over all clients").contains("(n=");
        reports.scrollTo("Pain over time");
        screenshot("reports");

        reports.scrollTo("Outcome reports");
        reports.choose("Group by", "Cause");
        reports.choose("Cause", PainCause.MUSCLE_STRAIN.label());
        mainStep("filter by cause", reports::update);
        List<String> strainOnly = reports.charts();
        assertThat(strainOnly.get(0)).as("the trend is redrawn for one cause").isNotEqualTo(allCauses.get(0));
        assertThat(strainOnly.get(1)).isNotEqualTo(allCauses.get(1)).contains(PainCause.MUSCLE_STRAIN.label())
                .doesNotContain(PainCause.STRESS_TENSION.label());
        assertThat(reports.comparisonGroups()).containsExactly(PainCause.MUSCLE_STRAIN.label());
        reports.scrollTo("Comparison");
        screenshot("by-cause");

        reports.scrollTo("Outcome reports");
        Path pdf = reports.downloadPdf();
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(Arrays.copyOf(bytes, 5), StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(bytes.length).as("a report with two charts and tables").isGreaterThan(10_000);
        screenshot("pdf-ready");
    }
}
