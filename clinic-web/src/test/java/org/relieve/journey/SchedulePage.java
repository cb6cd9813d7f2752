package org.relieve.journey;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** What a journey does on the Schedule page and in its booking dialog, the way a person does it. */
final class SchedulePage {

    static final DateTimeFormatter HEADING = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("M/d/yyyy", Locale.US);
    /** The grid's scale (TimeScale.PX_PER_MINUTE). */
    private static final double PX_PER_MINUTE = 1.5;

    private final BrowserJourney journey;

    SchedulePage(BrowserJourney journey) {
        this.journey = journey;
    }

    /** Types the date into the date picker and waits for the day's heading. */
    void showDay(LocalDate day) {
        WebElement date = journey.waitFor(By.cssSelector("vaadin-date-picker input"));
        date.sendKeys(Keys.chord(Keys.CONTROL, "a"), TYPED_DATE.format(day), Keys.ENTER);
        waitForHeading(day);
    }

    void waitForHeading(LocalDate day) {
        journey.waitFor(By.xpath("//span[contains(@class,'relieve-muted') and starts-with(normalize-space(), '"
                + HEADING.format(day) + "')]"));
    }

    /** Therapists, Rooms or Week. */
    void mode(String label) {
        journey.click(By.xpath("//vaadin-radio-button[normalize-space()='" + label + "']"));
        journey.waitFor(By.cssSelector(".relieve-schedule-column"));
    }

    /**
     * A real mouse click a few pixels below the time's line in a column. The column is scrolled so
     * the time is in view; the offset is from the centre of the column's visible part, which is where
     * Selenium's element-relative moves start.
     */
    void clickFreeTime(String columnKey, LocalTime time) {
        WebElement column = journey.waitFor(By.id("schedule-" + columnKey));
        String firstLabel = journey.driver.findElement(By.cssSelector(".relieve-schedule-times > span")).getText();
        double y = Duration.between(LocalTime.parse(firstLabel), time).toMinutes() * PX_PER_MINUTE + 5;
        @SuppressWarnings("unchecked")
        List<Number> offsets = (List<Number>) journey.script("""
                const column = arguments[0], y = arguments[1];
                const scroller = column.closest('.relieve-schedule-scroller');
                column.scrollIntoView({block: 'start'});
                scroller.scrollTop = Math.max(0, scroller.scrollTop + y - 120);
                const box = column.getBoundingClientRect();
                const visibleTop = Math.max(box.top, 0), visibleBottom = Math.min(box.bottom, window.innerHeight);
                const visibleLeft = Math.max(box.left, 0), visibleRight = Math.min(box.right, window.innerWidth);
                return [Math.round(box.left + box.width / 2 - (visibleLeft + visibleRight) / 2),
                        Math.round(box.top + y - (visibleTop + visibleBottom) / 2)];
                """, column, y);
        new Actions(journey.driver).moveToElement(column, offsets.get(0).intValue(), offsets.get(1).intValue())
                .click().perform();
        journey.waitForVaadin();
    }

    /** Picks a client in the booking dialog's combo box by typing the name. */
    void chooseClient(String name) {
        WebElement input = journey.waitFor(
                By.cssSelector("vaadin-combo-box input[placeholder='Type part of a name, phone or email']"));
        input.sendKeys(name);
        journey.click(By.xpath("//vaadin-combo-box-item[normalize-space()='" + name + "']"));
        journey.wait.until(browser -> name.equals(input.getDomProperty("value")));
    }

    /** The appointment block in a column that shows the client. */
    WebElement appointment(String columnKey, String clientName) {
        return journey.waitFor(By.xpath("//*[@id='schedule-" + columnKey + "']//div[contains(@class,'relieve-appointment')]"
                + "[.//span[normalize-space()='" + clientName + "']]"));
    }
}
