package org.relieve.ui.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.relieve.ui.schedule.ScheduleFixtures.newClient;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import org.junit.jupiter.api.Test;
import org.relieve.IntegrationTest;
import org.relieve.client.ClientDetails;
import org.relieve.client.ClientService;
import org.relieve.common.BusinessRuleException;
import org.relieve.common.ClinicProperties;
import org.relieve.common.ConflictException;
import org.relieve.common.RunAs;
import org.relieve.schedule.AppointmentDetails;
import org.relieve.schedule.AppointmentService;
import org.relieve.schedule.AppointmentStatus;
import org.relieve.schedule.Booking;
import org.relieve.schedule.ClinicSetupService;
import org.relieve.schedule.RoomDetails;
import org.relieve.staff.StaffMember;
import org.relieve.staff.StaffService;
import org.relieve.ui.session.SessionFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The front desk checks today's arrivals in with one click; a therapist only their own. */
@IntegrationTest
@ViewPackages(packages = "org.relieve")
class TodayViewTest extends SpringBrowserlessTest {

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
    SessionFixtures sessionFixtures;

    @Test
    @WithMockUser(username = "frontdesk", roles = "FRONT_DESK")
    void theFrontDeskChecksAnArrivalInWithOneClick() {
        AppointmentDetails arrival = bookToday(staff.findByUsername("therapist").orElseThrow());
        navigate(TodayView.class);

        int row = rowOf(arrival);
        Component action = grid().getCellComponent(row, "action");
        assertThat(action).isInstanceOf(Button.class);
        test((Button) action).click();

        assertThat(appointments.get(arrival.id()).status()).isEqualTo(AppointmentStatus.CHECKED_IN);
        assertThat(grid().getRow(rowOf(arrival)).status()).isEqualTo(AppointmentStatus.CHECKED_IN);
        assertThat(grid().getCellComponent(rowOf(arrival), "action")).isNotInstanceOf(Button.class);
        assertThat(grid().getCellComponent(rowOf(arrival), "record")).as("the front desk writes no session records")
                .isNotInstanceOf(Button.class);
    }

    @Test
    @WithMockUser(username = "therapist", roles = "THERAPIST")
    void theTreatingTherapistOpensTheSessionRecordFromToday() {
        SessionFixtures.Treated treated = sessionFixtures.clientTreatedByTherapistJustNow(clinic.zone());
        AppointmentDetails appointment = appointments.get(treated.appointmentId());
        // The fixture takes the latest free time that has started; just after midnight that may be yesterday.
        assumeTrue(appointment.start().atZoneSameInstant(clinic.zone()).toLocalDate()
                .equals(ZonedDateTime.now(clinic.zone()).toLocalDate()));
        navigate(TodayView.class);

        Component record = grid().getCellComponent(rowOf(appointment), "record");
        assertThat(record).isInstanceOf(Button.class);
        assertThat(((Button) record).getText()).isEqualTo("Record session");
        test((Button) record).click();
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("SessionRecordView");
    }

    @Test
    @WithMockUser(username = "therapist2", roles = "THERAPIST")
    void aTherapistSeesTheirOwnDayAndNoCheckInForAColleague() {
        AppointmentDetails colleagues = bookToday(staff.findByUsername("therapist").orElseThrow());
        navigate(TodayView.class);
        assertThat(rows()).noneMatch(a -> a.id() == colleagues.id());

        test(find(com.vaadin.flow.component.checkbox.Checkbox.class).withCaption("My day only").single()).click();
        assertThat(grid().getCellComponent(rowOf(colleagues), "action")).isNotInstanceOf(Button.class);
        assertThat(find(CalendarFeedCard.class).all()).hasSize(1);
    }

    private GridTester<Grid<AppointmentDetails>, AppointmentDetails> grid() {
        @SuppressWarnings("unchecked")
        Grid<AppointmentDetails> grid = find(Grid.class).single();
        return test(grid);
    }

    private List<AppointmentDetails> rows() {
        var grid = grid();
        return IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
    }

    private int rowOf(AppointmentDetails appointment) {
        List<AppointmentDetails> rows = rows();
        return IntStream.range(0, rows.size()).filter(i -> rows.get(i).id() == appointment.id()).findFirst()
                .orElseThrow(() -> new AssertionError("appointment " + appointment.id() + " is not listed today"));
    }

    /**
     * Books a short appointment today that clashes with nothing: a free start if the therapist has one,
     * otherwise any untaken time today with a reason for booking outside hours.
     */
    private AppointmentDetails bookToday(StaffMember therapist) {
        ClientDetails client = newClient(clients);
        LocalDate today = ZonedDateTime.now(clinic.zone()).toLocalDate();
        return RunAs.user("frontdesk", () -> {
            List<OffsetDateTime> candidates = new ArrayList<>(appointments.freeStarts(therapist.id(), today, 15, 0));
            for (int minute = 0; minute < 24 * 60 - 10; minute += 10) {
                candidates.add(today.atStartOfDay(clinic.zone()).plusMinutes(minute).toOffsetDateTime());
            }
            for (OffsetDateTime start : candidates) {
                for (RoomDetails room : setup.rooms().stream().filter(RoomDetails::active).toList()) {
                    try {
                        return appointments.book(new Booking(client.id(), therapist.id(), room.id(), start,
                                start.plusMinutes(5), null, null, "Test arrival"));
                    } catch (ConflictException | BusinessRuleException taken) {
                        // try the next room or time
                    }
                }
            }
            throw new AssertionError("No free time today for " + therapist.displayName());
        }, "FRONT_DESK");
    }
}
