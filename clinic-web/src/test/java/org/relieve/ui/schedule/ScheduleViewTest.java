package org.relieve.ui.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relieve.ui.schedule.ScheduleFixtures.clickColumn;
import static org.relieve.ui.schedule.ScheduleFixtures.farFutureWeekday;
import static org.relieve.ui.schedule.ScheduleFixtures.newClient;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.relieve.IntegrationTest;
import org.relieve.client.ClientDetails;
import org.relieve.client.ClientService;
import org.relieve.client.ClientSummary;
import org.relieve.common.ClinicProperties;
import org.relieve.common.RunAs;
import org.relieve.schedule.AppointmentDetails;
import org.relieve.schedule.AppointmentService;
import org.relieve.schedule.Booking;
import org.relieve.schedule.ClinicSetupService;
import org.relieve.staff.StaffMember;
import org.relieve.staff.StaffService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Booking from the drawn schedule, what a manager may do there, and what the schedule costs the server. */
@IntegrationTest
@ViewPackages(packages = "org.relieve")
class ScheduleViewTest extends SpringBrowserlessTest {

    @Autowired
    AppointmentService appointments;
    @Autowired
    ClientService clients;
    @Autowired
    StaffService staff;
    @Autowired
    ClinicSetupService setup;
    @Autowired
    ClinicProperties clinic;
    @Autowired
    org.relieve.plan.PlanService plans;

    @Test
    @WithMockUser(username = "frontdesk", roles = "FRONT_DESK")
    void aClickOnFreeTimeBooksItAndASecondBookingOverItNamesTheTherapistAndSavesNothing() {
        LocalDate day = farFutureWeekday(DayOfWeek.TUESDAY);
        StaffMember therapist = therapist("therapist");
        ClientDetails first = newClient(clients);
        ClientDetails second = newClient(clients);
        ScheduleView view = showDay(day);

        clickColumn(column(therapist), 180 + 5); // 5 px below 10:00
        BookingDialog dialog = find(BookingDialog.class).single();
        assertThat(dialog.therapist.getValue().id()).isEqualTo(therapist.id());
        assertThat(dialog.start.getValue()).isEqualTo(day.atTime(10, 0));
        chooseClient(dialog, first);
        test(find(Button.class, dialog).withText("Book").single()).click();

        assertThat(find(BookingDialog.class).all()).isEmpty();
        List<AppointmentDetails> booked = appointments.onDay(day, therapist.id(), null);
        assertThat(booked).singleElement().satisfies(appointment -> {
            assertThat(appointment.clientId()).isEqualTo(first.id());
            assertThat(appointment.start().atZoneSameInstant(clinic.zone()).toLocalTime()).isEqualTo(LocalTime.of(10, 0));
        });
        assertThat(view.grid().columnsArea().getElement().getOuterHTML()).contains(first.lastName());

        clickColumn(column(therapist), 180 + 45 + 2); // 10:30, inside the first appointment's hour
        dialog = find(BookingDialog.class).single();
        chooseClient(dialog, second);
        test(find(Button.class, dialog).withText("Book").single()).click();

        assertThat(dialog.isOpened()).isTrue();
        String firstEnds = ScheduleGrid.TIME.format(booked.getFirst().end().atZoneSameInstant(clinic.zone()));
        assertThat(dialog.error.getText()).startsWith(therapist.displayName() + " is already booked")
                .contains("10:00–" + firstEnds);
        assertThat(appointments.onDay(day, therapist.id(), null)).hasSize(1);
    }

    @Test
    @WithMockUser(username = "frontdesk", roles = "FRONT_DESK")
    void outsideWorkingHoursTheDialogAsksForAReasonAndBooksWithIt() {
        LocalDate day = farFutureWeekday(DayOfWeek.WEDNESDAY);
        StaffMember therapist = therapist("therapist2");
        ClientDetails client = newClient(clients);
        showDay(day);

        clickColumn(column(therapist), (18 * 60 - 8 * 60) * 1.5); // 18:00, when the day has ended
        BookingDialog dialog = find(BookingDialog.class).single();
        chooseClient(dialog, client);
        assertThat(dialog.overrideReason.isVisible()).isFalse();
        test(find(Button.class, dialog).withText("Book").single()).click();

        assertThat(dialog.error.getText()).endsWith("Give a reason to book it anyway.");
        assertThat(dialog.overrideReason.isVisible()).isTrue();
        assertThat(appointments.onDay(day, therapist.id(), null)).isEmpty();
        test(dialog.overrideReason).setValue("Only evening works for the client");
        test(find(Button.class, dialog).withText("Book").single()).click();

        assertThat(appointments.onDay(day, therapist.id(), null)).singleElement()
                .extracting(AppointmentDetails::overrideReason).isEqualTo("Only evening works for the client");
    }

    @Test
    @WithMockUser(username = "frontdesk", roles = "FRONT_DESK")
    void aSeriesBooksWhatIsFreeAndListsEachRefusedOccurrenceWithItsReason() {
        LocalDate day = farFutureWeekday(DayOfWeek.MONDAY);
        StaffMember therapist = therapist("therapist");
        ClientDetails client = newClient(clients);
        bookAsFrontDesk(newClient(clients), therapist, day.plusWeeks(1).atTime(10, 0));
        showDay(day);

        clickColumn(column(therapist), 180);
        BookingDialog dialog = find(BookingDialog.class).single();
        chooseClient(dialog, client);
        test(dialog.series.enabled).click();
        test(dialog.series.occurrences).setValue(3);
        test(dialog.series.perWeek).setValue(1);
        test(find(Button.class, dialog).withText("Book").single()).click();

        assertThat(dialog.isOpened()).isTrue();
        String outcome = dialog.series.result.getElement().getTextRecursively();
        assertThat(outcome).contains("Booked 2 of 3").contains("#2 ")
                .contains(therapist.displayName() + " is already booked");
        assertThat(appointments.onDay(day.plusWeeks(2), therapist.id(), null))
                .singleElement().extracting(AppointmentDetails::clientId).isEqualTo(client.id());
    }

    @Test
    @WithMockUser(username = "frontdesk", roles = "FRONT_DESK")
    void aClientsActivePlanPrefillsTheSeries() {
        var withPlan = clients.search(org.relieve.client.ClientFilter.text(""),
                        org.springframework.data.domain.PageRequest.of(0, 100)).getContent().stream()
                .flatMap(c -> plans.activeSchedule(c.id()).map(s -> java.util.Map.entry(c, s)).stream())
                .findFirst();
        org.junit.jupiter.api.Assumptions.assumeTrue(withPlan.isPresent(), "the demo data has an active plan");
        showDay(farFutureWeekday(DayOfWeek.TUESDAY));
        clickColumn(column(therapist("therapist")), 180);
        BookingDialog dialog = find(BookingDialog.class).single();

        test(dialog.client).setFilter(withPlan.get().getKey().lastName());
        dialog.client.setValue(withPlan.get().getKey());

        var schedule = withPlan.get().getValue();
        assertThat(dialog.series.plan.getText())
                .isEqualTo("Plan: " + schedule.sessionsPlanned() + " sessions, " + schedule.sessionsPerWeek() + " per week");
        assertThat(dialog.series.occurrences.getValue()).isEqualTo(schedule.sessionsPlanned());
        assertThat(dialog.series.perWeek.getValue()).isEqualTo(schedule.sessionsPerWeek());
    }

    @Test
    @WithMockUser(username = "manager", roles = "MANAGER")
    void aManagerReadsTheScheduleButNeitherBooksNorChangesAppointments() {
        LocalDate day = farFutureWeekday(DayOfWeek.THURSDAY);
        StaffMember therapist = therapist("therapist");
        AppointmentDetails booked = bookAsFrontDesk(newClient(clients), therapist, day.atTime(11, 0));
        ScheduleView view = showDay(day);

        clickColumn(column(therapist), 30);
        view.openBookingAt("therapist-" + therapist.id(), LocalTime.of(9, 0));
        assertThat(find(BookingDialog.class).all()).isEmpty();

        test(block(view, booked)).click();
        AppointmentDialog dialog = find(AppointmentDialog.class).single();
        assertThat(find(Button.class, dialog).all()).extracting(Button::getText).containsExactly("Close");
    }

    @Test
    @WithMockUser(username = "frontdesk", roles = "FRONT_DESK")
    void theServerHoldsComponentsForAppointmentsNotForEmptySlots() {
        LocalDate day = farFutureWeekday(DayOfWeek.FRIDAY);
        StaffMember therapist = therapist("therapist");
        StaffMember other = therapist("therapist2");
        bookAsFrontDesk(newClient(clients), therapist, day.atTime(9, 0));
        bookAsFrontDesk(newClient(clients), therapist, day.atTime(14, 0));
        bookAsFrontDesk(newClient(clients), other, day.atTime(10, 0));
        ScheduleView view = showDay(day);

        int columns = view.grid().columnsArea().getChildren().toList().size();
        int shown = appointments.onDay(day, null, null).size();
        assertThat(shown).isEqualTo(3);
        assertThat(columns).isGreaterThanOrEqualTo(2);
        assertThat(descendants(view.grid().columnsArea())).isLessThanOrEqualTo(columns * 3 + shown * 4);

        test(find(DatePicker.class).single()).setValue(day.plusDays(3)); // a Monday with nothing booked
        int empty = descendants(view.grid().columnsArea());
        assertThat(empty).isLessThanOrEqualTo(columns * 3);
    }

    private ScheduleView showDay(LocalDate day) {
        ScheduleView view = navigate(ScheduleView.class);
        test(find(DatePicker.class).single()).setValue(day);
        return view;
    }

    private Div column(StaffMember therapist) {
        return find(Div.class).id("schedule-therapist-" + therapist.id());
    }

    private Div block(ScheduleView view, AppointmentDetails appointment) {
        return find(Div.class, view.grid()).withClassName("relieve-appointment").all().stream()
                .filter(div -> div.getElement().getAttribute("title").contains(appointment.clientName()))
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private void chooseClient(BookingDialog dialog, ClientDetails client) {
        ComboBox<ClientSummary> combo = dialog.client;
        test(combo).setFilter(client.lastName());
        test(combo).selectItem(client.firstName() + " " + client.lastName());
    }

    private StaffMember therapist(String username) {
        return staff.findByUsername(username).orElseThrow();
    }

    private AppointmentDetails bookAsFrontDesk(ClientDetails client, StaffMember therapist, java.time.LocalDateTime start) {
        long room = setup.rooms().stream().filter(r -> r.active()).findFirst().orElseThrow().id();
        OffsetDateTime from = start.atZone(clinic.zone()).toOffsetDateTime();
        return RunAs.user("frontdesk", () -> appointments.book(new Booking(client.id(), therapist.id(),
                roomFree(room, therapist, from), from, from.plusMinutes(60))), "FRONT_DESK");
    }

    /** Each appointment of a test in its own room when they overlap; the day is otherwise empty. */
    private long roomFree(long firstRoom, StaffMember therapist, OffsetDateTime start) {
        return setup.rooms().stream().filter(r -> r.active())
                .filter(r -> appointments.onDay(start.atZoneSameInstant(clinic.zone()).toLocalDate(), null, r.id()).stream()
                        .noneMatch(a -> a.start().isBefore(start.plusMinutes(60)) && a.blockedUntil().isAfter(start)))
                .findFirst().map(r -> r.id()).orElse(firstRoom);
    }

    private static int descendants(Component component) {
        return component.getChildren().mapToInt(child -> 1 + descendants(child)).sum();
    }
}
