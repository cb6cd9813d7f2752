package org.relieve.journey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** What a manager does on the outcome reports page: choose filters, update, read the charts, download. */
final class ReportPage {

    private final BrowserJourney journey;

    ReportPage(BrowserJourney journey) {
        this.journey = journey;
    }

    void open() {
        journey.click(BrowserJourney.sideNav("Outcome reports"));
        journey.waitFor(BrowserJourney.heading("Outcome reports"));
        journey.waitFor(By.cssSelector(".relieve-chart svg"));
    }

    /** Chooses an option of one of the filter selects (Therapist, Cause, Profile, Group by, Compare). */
    void choose(String selectLabel, String option) {
        journey.click(By.xpath("//vaadin-select[.//label[normalize-space()='" + selectLabel + "']]"));
        journey.click(By.xpath("//vaadin-select-item[normalize-space()='" + option + "']"));
        journey.wait.until(browser -> option.equals(journey.script(
                "return arguments[0].querySelector('vaadin-select-value-button').textContent.trim();",
                browser.findElement(By.xpath("//vaadin-select[.//label[normalize-space()='" + selectLabel + "']]")))));
    }

    void update() {
        journey.click(BrowserJourney.button("Update"));
    }

    /**
     * Scrolls the page to a heading: "Pain over time" or "Comparison" to look at a chart, "Outcome
     * reports" back to the filters (what is scrolled out of the layout is not clickable).
     */
    void scrollTo(String heading) {
        journey.script("arguments[0].scrollIntoView({block: 'start'});", journey.wait.until(
                ExpectedConditions.presenceOfElementLocated(By.xpath("//*[self::h2 or self::h3][normalize-space()='"
                        + heading + "']"))));
        journey.waitForVaadin();
    }

    /** The drawn markup of the two charts: pain over time, then the comparison. */
    @SuppressWarnings("unchecked")
    List<String> charts() {
        journey.waitForVaadin();
        return (List<String>) journey.script(
                "return Array.from(document.querySelectorAll('.relieve-chart')).map(chart => chart.innerHTML);");
    }

    /** The first column of the comparison table, row by row. */
    @SuppressWarnings("unchecked")
    List<String> comparisonGroups() {
        journey.waitForVaadin();
        return (List<String>) journey.script("""
                const grids = document.querySelectorAll('vaadin-grid');
                const grid = grids[grids.length - 1];
                return Array.from(grid.querySelectorAll('vaadin-grid-cell-content'))
                    .filter(cell => cell.assignedSlot && cell.assignedSlot.closest('tbody#items')
                        && cell.assignedSlot.closest('td').cellIndex === 0 && !cell.assignedSlot.closest('tr').hidden)
                    .map(cell => cell.textContent.trim());""");
    }

    /** Prepares the PDF in the background, waits for its link, clicks it, and returns the saved file. */
    Path downloadPdf() {
        journey.click(BrowserJourney.button("Prepare PDF"));
        journey.click(By.xpath("//a[normalize-space()='Download PDF']"));
        return journey.wait.withMessage("the PDF to arrive in " + journey.downloads).until(browser -> {
            try (Stream<Path> files = Files.list(journey.downloads)) {
                return files.filter(file -> file.getFileName().toString().endsWith(".pdf")).findFirst().orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
