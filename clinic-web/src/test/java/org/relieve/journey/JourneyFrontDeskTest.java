package org.relieve.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.relieve.client.ClientDemographics;
import org.relieve.client.ClientDetails;
import org.relieve.client.ClientService;
import org.relieve.clinical.ClientProfile;
import org.relieve.common.ClinicProperties;
import org.relieve.common.RunAs;
import org.relieve.schedule.AppointmentDetails;
import org.relieve.schedule.AppointmentService;
import org.relieve.staff.StaffMember;
import org.relieve.staff.StaffService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The front desk's day in a real browser: find a client, book them from the schedule, be told by
 * name who is already booked when a second booking lands on the same therapist, and check today's
 * arrival in.
 */
class JourneyFrontDeskTest extends BrowserJourney {

    private static final DateTimeFormatter HEADING = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("M/d/yyyy", Locale.US);

    @Autowired
    StaffService staff;
    @Autowired
    ClientService clients;
    @Autowired
    AppointmentService appointments;
    @Autowired
    ClinicProperties clinic;

    @Test
    void theFrontDeskFindsAClientBooksThemMeetsAClashAndChecksInAnArrival() {
        // The test database is shared and committed: a far-future weekday nobody else books.
        LocalDate day = LocalDate.of(2045, 1, 2).plusWeeks(ThreadLocalRandom.current().nextInt(1, 2500))
                .with(DayOfWeek.WEDNESDAY);
        StaffMember maya = RunAs.user("frontdesk", () -> staff.findByUsername("therapist").orElseThrow(), "FRONT_DESK");

        signIn("frontdesk");
        screenshot("home");

        // Clients: search a demo client by name and open her record.
        click(sideNav("Clients"));
        WebElement search = waitFor(By.cssSelector("input[placeholder='Search by name, phone or email']"));
        search.sendKeys("Budi Halim");
        click(gridCell("Budi Halim"));
        waitFor(heading("Budi Halim"));
        assertThat(driver.getCurrentUrl()).matches(".*/clients/\\d+$");
        screenshot("client");

        // Schedule: the chosen day, by therapist; a click on Maya Lee's free 10:00 books Budi there.
        click(sideNav("Schedule"));
        showDay(day);
        clickFreeTime(maya, LocalTime.of(10, 0));
        chooseClient("Budi Halim");
        screenshot("booking-dialog");
        click(button("Book"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(button("Book")));
        WebElement block = waitFor(By.xpath("//*[@id='schedule-therapist-" + maya.id()
                + "']//div[contains(@class,'relieve-appointment')][.//span[normalize-space()='Budi Halim']]"));
        String bookedTime = block.getText().lines().findFirst().orElseThrow();
        assertThat(bookedTime).startsWith("10:00–");
        screenshot("booked");

        // A second client over the same hour: the dialog names who is booked, and nothing is saved.
        clickFreeTime(maya, LocalTime.of(9, 30));
        chooseClient("Ayu Pratama");
        click(button("Book"));
        WebElement clash = waitFor(By.cssSelector(".relieve-form-error"));
        assertThat(clash.getText()).contains("Maya Lee is already booked").contains(bookedTime);
        screenshot("clash");
        click(button("Cancel"));
        assertThat(RunAs.user("frontdesk", () -> appointments.onDay(day, maya.id(), null), "FRONT_DESK"))
                .extracting(AppointmentDetails::clientName).containsExactly("Budi Halim");

        // Today: book a newly registered client into free time today, then check her in from Today.
        ClientDetails arrival = registerClient();
        StaffMember arif = RunAs.user("frontdesk", () -> staff.findByUsername("therapist2").orElseThrow(), "FRONT_DESK");
        click(button("Today"));
        LocalDate today = ZonedDateTime.now(clinic.zone()).toLocalDate();
        waitFor(By.xpath("//span[contains(@class,'relieve-muted') and starts-with(normalize-space(), '"
                + HEADING.format(today) + "')]"));
        clickFreeTime(arif, freeTimeToday(arif, today));
        chooseClient(arrival.fullName());
        click(button("Book"));
        if (!driver.findElements(By.xpath("//vaadin-text-field[.//label[normalize-space()='Override reason']]"
                + "[not(@hidden)]")).isEmpty()) {
            // Today may fall outside working hours (a Sunday, an early or late run): give the reason.
            waitFor(By.xpath("//vaadin-text-field[.//label[normalize-space()='Override reason']]//input"))
                    .sendKeys("Browser journey arrival");
            click(button("Book"));
        }
        wait.until(ExpectedConditions.invisibilityOfElementLocated(button("Book")));

        click(sideNav("Today"));
        waitFor(heading("Today"));
        WebElement checkIn = checkInButtonFor(arrival.fullName());
        screenshot("today");
        checkIn.click();
        waitForVaadin();
        wait.until(browser -> "Checked in".equals(cellInRowOf(arrival.fullName(), 4)));
        screenshot("checked-in");
    }

    /** Types the date into the schedule's date picker, as a person would, and waits for the day's heading. */
    private void showDay(LocalDate day) {
        WebElement date = waitFor(By.cssSelector("vaadin-date-picker input"));
        date.sendKeys(Keys.chord(Keys.CONTROL, "a"), TYPED_DATE.format(day), Keys.ENTER);
        waitFor(By.xpath("//span[contains(@class,'relieve-muted') and starts-with(normalize-space(), '"
                + HEADING.format(day) + "')]"));
    }

    /**
     * A real mouse click on a therapist's column, a few pixels below the time's line. The column is
     * scrolled so the time is in view first; the offset is from the centre of the column's visible part,
     * which is where Selenium's element-relative moves start.
     */
    private void clickFreeTime(StaffMember therapist, LocalTime time) {
        WebElement column = waitFor(By.id("schedule-therapist-" + therapist.id()));
        String firstLabel = driver.findElement(By.cssSelector(".relieve-schedule-times > span")).getText();
        double y = (Duration.between(LocalTime.parse(firstLabel), time).toMinutes() * 1.5) + 5;
        @SuppressWarnings("unchecked")
        List<Number> offsets = (List<Number>) script("""
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
        new Actions(driver).moveToElement(column, offsets.get(0).intValue(), offsets.get(1).intValue()).click().perform();
        waitForVaadin();
    }

    /** Picks a client in the booking dialog's combo box by typing part of the name. */
    private void chooseClient(String name) {
        WebElement input = waitFor(By.cssSelector("vaadin-combo-box input[placeholder='Type part of a name, phone or email']"));
        input.sendKeys(name);
        click(By.xpath("//vaadin-combo-box-item[normalize-space()='" + name + "']"));
        wait.until(browser -> name.equals(input.getDomProperty("value")));
    }

    private ClientDetails registerClient() {
        String lastName = "Journey" + UUID.randomUUID().toString().substring(0, 6);
        return RunAs.user("frontdesk", () -> clients.register(new ClientDemographics("Sinta", lastName,
                LocalDate.of(1990, 3, 14), null, null, ClientProfile.OTHER, null, null)), "FRONT_DESK");
    }

    /**
     * A quarter hour today, on the drawn grid, where the therapist has an hour and a room is free: in
     * working hours if there still are any, else any untaken time (booked with a reason).
     */
    private LocalTime freeTimeToday(StaffMember therapist, LocalDate today) {
        return RunAs.user("frontdesk", () -> {
            List<LocalTime> free = appointments.freeStarts(therapist.id(), today, 60, 15).stream()
                    .map(start -> start.atZoneSameInstant(clinic.zone()).toLocalTime())
                    .filter(start -> !start.isBefore(LocalTime.of(8, 0)) && start.isBefore(LocalTime.of(18, 0)))
                    .filter(start -> start.getMinute() % 15 == 0)
                    .toList();
            if (!free.isEmpty()) {
                return free.getFirst();
            }
            List<AppointmentDetails> day = appointments.onDay(today, null, null);
            for (LocalTime start = LocalTime.of(8, 0); start.isBefore(LocalTime.of(18, 0)); start = start.plusMinutes(15)) {
                OffsetDateTime from = today.atTime(start).atZone(clinic.zone()).toOffsetDateTime();
                OffsetDateTime to = from.plusMinutes(75);
                boolean therapistFree = day.stream().filter(a -> a.therapistId() == therapist.id() && a.status().holdsSlot())
                        .noneMatch(a -> a.start().isBefore(to) && a.blockedUntil().isAfter(from));
                if (therapistFree) {
                    return start;
                }
            }
            throw new AssertionError("No free hour today for " + therapist.displayName());
        }, "FRONT_DESK");
    }

    /** The Check in button in the Today grid's row of the client, scrolling the grid until the row is drawn. */
    private WebElement checkInButtonFor(String clientName) {
        WebElement grid = waitFor(By.cssSelector("vaadin-grid"));
        wait.until(browser -> {
            for (int index = 0; index < 500; index += 8) {
                if (cellOf(clientName) != null) {
                    return true;
                }
                script("arguments[0].scrollToIndex(arguments[1]);", grid, index);
                waitForVaadin();
            }
            return cellOf(clientName) != null;
        });
        return (WebElement) script("""
                const content = arguments[0];
                const row = content.assignedSlot.closest('tr');
                for (const cell of row.querySelectorAll('td')) {
                    const slot = cell.querySelector('slot');
                    for (const element of slot ? slot.assignedElements() : []) {
                        const button = element.querySelector('vaadin-button');
                        if (button) { return button; }
                    }
                }
                return null;
                """, cellOf(clientName));
    }

    private WebElement cellOf(String text) {
        return driver.findElements(gridCell(text)).stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
    }

    /** The text of another cell in the grid row showing the client (0 = first column). */
    private String cellInRowOf(String clientName, int column) {
        WebElement cell = cellOf(clientName);
        return cell == null ? null : (String) script("""
                const row = arguments[0].assignedSlot.closest('tr');
                const slot = row.querySelectorAll('td')[arguments[1]].querySelector('slot');
                return slot.assignedElements().map(e => e.textContent.trim()).join('');
                """, cell, column);
    }
}
