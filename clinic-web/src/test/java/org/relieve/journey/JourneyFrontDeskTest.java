package org.relieve.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
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

        // Clients: search a demo client by name and open the record.
        click(sideNav("Clients"));
        searchClients("Budi Halim", 1);
        click(gridCell("Budi Halim"));
        waitFor(heading("Budi Halim"));
        assertThat(driver.getCurrentUrl()).matches(".*/clients/\\d+$");
        screenshot("client");

        // Schedule: the chosen day, by therapist; a click on Maya Lee's free 10:00 books Budi there.
        click(sideNav("Schedule"));
        SchedulePage schedule = new SchedulePage(this);
        String mayasColumn = "therapist-" + maya.id();
        schedule.showDay(day);
        schedule.clickFreeTime(mayasColumn, LocalTime.of(10, 0));
        schedule.chooseClient("Budi Halim");
        screenshot("booking-dialog");
        click(button("Book"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(button("Book")));
        WebElement block = schedule.appointment(mayasColumn, "Budi Halim");
        String bookedTime = block.getText().lines().findFirst().orElseThrow();
        assertThat(bookedTime).startsWith("10:00–");
        screenshot("booked");

        // A second client over the same hour: the dialog names who is booked, and nothing is saved.
        schedule.clickFreeTime(mayasColumn, LocalTime.of(9, 30));
        schedule.chooseClient("Ayu Pratama");
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
        schedule.waitForHeading(today);
        schedule.clickFreeTime("therapist-" + arif.id(), freeTimeToday(arif, today));
        schedule.chooseClient(arrival.fullName());
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
