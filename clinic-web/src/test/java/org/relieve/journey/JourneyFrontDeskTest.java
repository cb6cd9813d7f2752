package org.relieve.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
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
import org.relieve.schedule.ClinicSetupService;
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
    ClinicSetupService setup;
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
        mainStep("book", () -> {
            click(button("Book"));
            wait.until(ExpectedConditions.invisibilityOfElementLocated(button("Book")));
        });
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
        schedule.clickFreeTime("therapist-" + arif.id(), new FreeTime(appointments, setup, clinic.zone()).on(today, arif, 90)
                .orElseThrow(() -> new AssertionError("No free hour with a free room today for " + arif.displayName())));
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

        TodayPage todayPage = new TodayPage(this);
        todayPage.open();
        WebElement checkIn = todayPage.buttonInRowOf(arrival.fullName(), "Check in");
        screenshot("today");
        checkIn.click();
        waitForVaadin();
        wait.until(browser -> "Checked in".equals(todayPage.cellInRowOf(arrival.fullName(), 4)));
        screenshot("checked-in");
    }

    private ClientDetails registerClient() {
        String lastName = "Journey" + UUID.randomUUID().toString().substring(0, 6);
        return RunAs.user("frontdesk", () -> clients.register(new ClientDemographics("Sinta", lastName,
                LocalDate.of(1990, 3, 14), null, null, ClientProfile.OTHER, null, null)), "FRONT_DESK");
    }
}
