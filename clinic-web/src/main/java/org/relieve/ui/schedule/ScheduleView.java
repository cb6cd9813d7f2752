package org.relieve.ui.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.relieve.schedule.AppointmentDetails;
import org.relieve.staff.StaffMember;
import org.relieve.ui.CurrentStaff;

/**
 * The clinic's diary: a day by therapist or by room, or one therapist's week. A click on free time
 * books it, a click on an appointment opens it. Managers read; therapists write their own column.
 */
@Route("schedule")
@PageTitle("Schedule · Relieve")
@Menu(title = "Schedule", order = 20, icon = "vaadin:calendar-clock")
@RolesAllowed({"FRONT_DESK", "THERAPIST", "MANAGER"})
class ScheduleView extends VerticalLayout {

    enum Mode {
        THERAPISTS("Therapists"), ROOMS("Rooms"), WEEK("Week");

        final String label;

        Mode(String label) {
            this.label = label;
        }
    }

    private static final DateTimeFormatter HEADING = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy");

    private final ScheduleServices services;
    private final ScheduleRights rights;
    private final ScheduleColumns loader;

    private final DatePicker date = new DatePicker();
    private final RadioButtonGroup<Mode> mode = new RadioButtonGroup<>();
    private final Select<StaffMember> therapist = new Select<>();
    private final Span heading = new Span();
    private final Div holder = new Div();
    private List<ScheduleColumn> columns = List.of();
    private ScheduleGrid grid;

    ScheduleView(ScheduleServices services, CurrentStaff currentStaff) {
        this.services = services;
        this.rights = ScheduleRights.of(currentStaff);
        this.loader = new ScheduleColumns(services, rights);
        addClassName("relieve-view");
        setSizeFull();

        List<StaffMember> therapists = loader.therapists();
        therapist.setAriaLabel("Therapist");
        therapist.setItems(therapists);
        therapist.setItemLabelGenerator(StaffMember::displayName);
        // A therapist starts on their own week; everyone else on the whole clinic's day.
        Optional<StaffMember> own = rights.ownTherapist()
                .flatMap(id -> therapists.stream().filter(member -> member.id() == id).findFirst());
        therapist.setValue(own.orElse(therapists.isEmpty() ? null : therapists.getFirst()));
        mode.setItems(Mode.values());
        mode.setItemLabelGenerator(m -> m.label);
        mode.setValue(own.isPresent() ? Mode.WEEK : Mode.THERAPISTS);
        date.setAriaLabel("Date");
        date.setValue(services.today());

        Button previous = new Button(VaadinIcon.ANGLE_LEFT.create(), click -> step(-1));
        previous.setAriaLabel("Previous");
        Button next = new Button(VaadinIcon.ANGLE_RIGHT.create(), click -> step(1));
        next.setAriaLabel("Next");
        Button today = new Button("Today", click -> date.setValue(services.today()));
        date.addValueChangeListener(change -> refresh());
        mode.addValueChangeListener(change -> refresh());
        therapist.addValueChangeListener(change -> refresh());
        for (Button button : List.of(previous, today, next)) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }

        HorizontalLayout toolbar = new HorizontalLayout(previous, today, next, date, mode, therapist);
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        toolbar.setWrap(true);
        heading.addClassName("relieve-muted");
        holder.addClassName("relieve-schedule-scroller");
        holder.setWidthFull();
        add(new H2("Schedule"), toolbar, heading, holder);
        setFlexGrow(1, holder);
        refresh();
    }

    /** Redraws the schedule from the services: after navigation and after every change. */
    void refresh() {
        LocalDate day = Optional.ofNullable(date.getValue()).orElseGet(services::today);
        Mode current = Optional.ofNullable(mode.getValue()).orElse(Mode.THERAPISTS);
        therapist.setVisible(current == Mode.WEEK);
        columns = switch (current) {
            case THERAPISTS -> loader.byTherapist(day);
            case ROOMS -> loader.byRoom(day);
            case WEEK -> therapist.getValue() == null ? List.of() : loader.week(therapist.getValue(), day);
        };
        heading.setText(current == Mode.WEEK
                ? "Week of " + HEADING.format(day.with(java.time.DayOfWeek.MONDAY))
                : HEADING.format(day) + (rights.mayBook() ? " · click free time to book" : ""));
        TimeScale scale = TimeScale.covering(
                columns.stream().flatMap(c -> c.appointments().stream())
                        .map(a -> a.start().atZoneSameInstant(services.zone).toLocalTime()).toList(),
                columns.stream().flatMap(c -> c.appointments().stream())
                        .map(a -> a.end().atZoneSameInstant(services.zone).toLocalTime()).toList());
        grid = new ScheduleGrid(scale, columns, services.zone,
                current == Mode.ROOMS ? AppointmentDetails::therapistName : AppointmentDetails::roomName,
                (column, time) -> openBookingAt(column.key(), time), this::openAppointment);
        holder.removeAll();
        holder.add(grid);
    }

    /**
     * Opens a booking for free time in a column; what the column's click listener calls. Does nothing
     * in a column the signed-in person may not book into (a manager's, another therapist's).
     */
    void openBookingAt(String columnKey, LocalTime time) {
        columns.stream().filter(column -> column.key().equals(columnKey) && column.bookable()).findFirst()
                .ifPresent(column -> new BookingDialog(services, rights,
                        new BookingDialog.Prefill(column.therapistId(), column.roomId(), column.date().atTime(time)),
                        this::refresh).open());
    }

    ScheduleGrid grid() {
        return grid;
    }

    private void openAppointment(AppointmentDetails appointment) {
        new AppointmentDialog(services, rights, services.appointments.get(appointment.id()), this::refresh).open();
    }

    private void step(int direction) {
        LocalDate day = Optional.ofNullable(date.getValue()).orElseGet(services::today);
        date.setValue(mode.getValue() == Mode.WEEK ? day.plusWeeks(direction) : day.plusDays(direction));
    }
}
