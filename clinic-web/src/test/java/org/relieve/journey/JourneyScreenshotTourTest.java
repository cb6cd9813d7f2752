package org.relieve.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.relieve.client.ClientFilter;
import org.relieve.client.ClientService;
import org.relieve.client.ClientSummary;
import org.relieve.common.ClinicProperties;
import org.relieve.common.RunAs;
import org.relieve.plan.PlanDetails;
import org.relieve.plan.PlanService;
import org.relieve.plan.PlanStatus;
import org.relieve.schedule.AppointmentService;
import org.relieve.schedule.ClinicSetupService;
import org.relieve.staff.StaffMember;
import org.relieve.staff.StaffService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Every main screen, role by role, on the demo clinic: each must show its heading and fit the
 * window's width, and leaves a screenshot in {@code target/screenshots/tour-*.png} to look at.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JourneyScreenshotTourTest extends BrowserJourney {

    @Autowired
    StaffService staff;
    @Autowired
    ClientService clients;
    @Autowired
    PlanService plans;
    @Autowired
    AppointmentService appointments;
    @Autowired
    ClinicSetupService setup;
    @Autowired
    ClinicProperties clinic;

    @Override
    protected String journeyName() {
        return "tour";
    }

    @Test
    @Order(1)
    void signIn() {
        open("login");
        waitFor(By.cssSelector("vaadin-login-form input[name='username']"));
        capture("login");

        waitFor(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys("frontdesk");
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys("not-the-password");
        click(By.cssSelector("vaadin-login-form vaadin-button"));
        wait.until(browser -> Boolean.TRUE.equals(script("return document.querySelector('vaadin-login-form').error;")));
        assertThat(driver.getCurrentUrl()).endsWith("/login?error");
        capture("login-refused");
    }

    @Test
    @Order(2)
    void frontDesk() {
        signIn("frontdesk");
        capture("home-frontdesk");

        click(sideNav("Clients"));
        WebElement grid = waitFor(By.cssSelector("vaadin-grid"));
        wait.until(browser -> Boolean.TRUE.equals(script("return !arguments[0].loading && arguments[0].size > 0;", grid)));
        capture("clients");
        searchClients("Ayu Pratama", 1);

        click(gridCell("Ayu Pratama"));
        waitFor(heading("Ayu Pratama"));
        capture("client-frontdesk");

        click(sideNav("Schedule"));
        SchedulePage schedule = new SchedulePage(this);
        LocalDate today = ZonedDateTime.now(clinic.zone()).toLocalDate();
        schedule.waitForHeading(today);
        capture("schedule-therapists");

        StaffMember arif = member("therapist2");
        // a free hour (or 08:00, before opening, when the day is full): the dialog opens either way
        schedule.clickFreeTime("therapist-" + arif.id(), new FreeTime(appointments, setup, clinic.zone()).on(today, arif, 90)
                .orElse(LocalTime.of(8, 0)));
        schedule.chooseClient("Ayu Pratama");
        capture("booking-dialog");
        click(button("Cancel"));

        schedule.mode("Rooms");
        capture("schedule-rooms");

        click(sideNav("Today"));
        waitFor(heading("Today"));
        capture("today");
    }

    @Test
    @Order(3)
    void therapist() {
        StaffMember maya = member("therapist");
        List<ClientSummary> mayasClients = RunAs.user("therapist", () -> clients.search(
                new ClientFilter("", false, maya.id(), false), PageRequest.of(0, 40)).getContent(), "THERAPIST");
        PlanDetails active = firstPlan(mayasClients, PlanStatus.ACTIVE);
        PlanDetails draft = firstPlan(mayasClients, PlanStatus.DRAFT);
        String clientName = mayasClients.stream().filter(c -> c.id() == active.clientId()).findFirst().orElseThrow()
                .fullName();

        signIn("therapist");
        capture("home-therapist");

        open("clients/" + active.clientId());
        waitFor(heading(clientName));
        capture("client-profile");
        click(By.xpath("//vaadin-tab[normalize-space()='Intake']"));
        waitFor(By.xpath("//h3[starts-with(normalize-space(), 'Intake of')]"));
        capture("client-intake");
        click(By.xpath("//vaadin-tab[normalize-space()='Plan']"));
        waitFor(By.xpath("//h3[normalize-space()='Treatment plan']"));
        capture("client-plan");

        open("plans/" + draft.id() + "/edit");
        waitFor(By.cssSelector("h2"));
        capture("plan-editor");

        open("plans/" + active.id() + "/home-care");
        waitFor(By.cssSelector(".relieve-sheet h1"));
        capture("home-care-sheet");

        open("schedule");
        waitFor(By.xpath("//span[contains(@class,'relieve-muted') and starts-with(normalize-space(), 'Week of')]"));
        capture("schedule-week");
    }

    @Test
    @Order(4)
    void manager() {
        signIn("manager");
        capture("home-manager");

        click(sideNav("Clinic setup"));
        waitFor(heading("Clinic setup"));
        capture("clinic-setup");
        script("arguments[0].scrollIntoView({block: 'start'});",
                waitFor(By.xpath("//h3[normalize-space()='Working hours']")));
        capture("clinic-setup-hours");
    }

    @Test
    @Order(5)
    void administrator() {
        signIn("admin");
        capture("home-admin");

        click(sideNav("Staff accounts"));
        waitFor(gridCell("Maya Lee"));
        capture("staff-accounts");
    }

    /** A screenshot, after checking that the page fits the window's width (nothing pushed off to the side). */
    private void capture(String step) {
        waitForVaadin();
        Number overflow = (Number) script("return document.documentElement.scrollWidth - window.innerWidth;");
        screenshot(step);
        assertThat(overflow.intValue()).as("%s is wider than the window", step).isLessThanOrEqualTo(0);
    }

    private StaffMember member(String username) {
        return RunAs.user("frontdesk", () -> staff.findByUsername(username).orElseThrow(), "FRONT_DESK");
    }

    private PlanDetails firstPlan(List<ClientSummary> clientsInCare, PlanStatus status) {
        return RunAs.user("therapist", () -> clientsInCare.stream()
                .flatMap(client -> plans.forClient(client.id()).stream())
                .filter(plan -> plan.status() == status).findFirst()
                .orElseThrow(() -> new AssertionError("The demo clinic has no " + status + " plan for Maya Lee")),
                "THERAPIST");
    }
}
