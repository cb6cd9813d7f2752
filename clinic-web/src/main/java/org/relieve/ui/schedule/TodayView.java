package org.relieve.ui.schedule;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.relieve.common.BusinessRuleException;
import org.relieve.common.ConflictException;
import org.relieve.schedule.AppointmentDetails;
import org.relieve.schedule.AppointmentStatus;
import org.relieve.schedule.CalendarFeedService;
import org.relieve.ui.CurrentStaff;
import org.relieve.ui.Notifications;
import org.relieve.ui.session.SessionRoutes;

/**
 * Today's arrivals in time order, with one-click check-in. The front desk sees the whole clinic; a
 * therapist starts on "My day" and finds their calendar subscription here.
 */
@Route("today")
@PageTitle("Today · Relieve")
@Menu(title = "Today", order = 5, icon = "vaadin:clipboard-user")
@RolesAllowed({"FRONT_DESK", "THERAPIST"})
class TodayView extends VerticalLayout {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ScheduleServices services;
    private final ScheduleRights rights;
    private final Grid<AppointmentDetails> grid = new Grid<>();
    private final Checkbox myDay = new Checkbox("My day only");

    TodayView(ScheduleServices services, CurrentStaff currentStaff, CalendarFeedService feeds) {
        this.services = services;
        this.rights = ScheduleRights.of(currentStaff);
        addClassName("relieve-view");
        setSizeFull();

        Span date = new Span(DAY.format(services.today()));
        date.addClassName("relieve-muted");
        // Only a therapist has a "my day"; the front desk always sees the whole clinic.
        myDay.setVisible(rights.therapistId() != null);
        myDay.setValue(rights.bookingOnlyForSelf());
        myDay.addValueChangeListener(change -> refresh());

        grid.addColumn(a -> TIME.format(a.start().atZoneSameInstant(services.zone))).setHeader("Time").setAutoWidth(true);
        grid.addColumn(AppointmentDetails::clientName).setHeader("Client");
        grid.addColumn(AppointmentDetails::therapistName).setHeader("Therapist");
        grid.addColumn(AppointmentDetails::roomName).setHeader("Room");
        grid.addColumn(a -> a.status().label()).setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(this::checkInButton).setHeader("").setKey("action").setAutoWidth(true);
        grid.addComponentColumn(this::recordButton).setHeader("").setKey("record").setAutoWidth(true);
        grid.setEmptyStateText("No appointments today.");
        refresh();

        add(new H2("Today"), date, myDay, grid);
        setFlexGrow(1, grid);
        rights.ownTherapist().ifPresent(id -> add(new CalendarFeedCard(feeds, id)));
    }

    /** The button appears only where it would work: a booked appointment the person may change. */
    private Component checkInButton(AppointmentDetails appointment) {
        if (appointment.status() != AppointmentStatus.BOOKED || !rights.mayWrite(appointment.therapistId())) {
            return new Span();
        }
        Button checkIn = new Button("Check in", click -> {
            try {
                services.appointments.checkIn(appointment.id());
                Notifications.success(appointment.clientName() + " checked in");
            } catch (ConflictException | BusinessRuleException e) {
                Notifications.error(e.getMessage());
            }
            refresh();
        });
        checkIn.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        return checkIn;
    }

    /** For the appointment's own therapist once it has started: write (or reopen) the session record. */
    private Component recordButton(AppointmentDetails appointment) {
        if (!SessionRoutes.offered(appointment, rights.therapistId(), services.now().toInstant())) {
            return new Span();
        }
        Button record = new Button(SessionRoutes.actionLabel(appointment),
                click -> UI.getCurrent().navigate(SessionRoutes.forAppointment(appointment.id())));
        record.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return record;
    }

    private void refresh() {
        Long therapist = myDay.getValue() ? rights.therapistId() : null;
        List<AppointmentDetails> today = services.appointments.onDay(services.today(), therapist, null).stream()
                .sorted(Comparator.comparing(AppointmentDetails::start).thenComparing(AppointmentDetails::therapistName))
                .toList();
        grid.setItems(today);
    }
}
