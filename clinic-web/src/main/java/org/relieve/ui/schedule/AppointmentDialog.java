package org.relieve.ui.schedule;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolationException;
import org.relieve.common.BusinessRuleException;
import org.relieve.common.ConflictException;
import org.relieve.schedule.AppointmentDetails;
import org.relieve.schedule.AppointmentStatus;
import org.relieve.schedule.RoomDetails;
import org.relieve.ui.FieldErrors;
import org.relieve.ui.Notifications;
import org.relieve.ui.session.SessionRoutes;
import org.springframework.security.access.AccessDeniedException;

/**
 * One appointment: its details, and the actions its status allows to someone who may change it
 * (check in, cancel with a reason, no-show once it has started, move). Read-only for managers and
 * for a therapist looking at a colleague's appointment.
 */
class AppointmentDialog extends Dialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ScheduleServices services;
    private final AppointmentDetails appointment;
    private final Runnable onChanged;
    private final Paragraph error = new Paragraph();
    private final FieldErrors errors = new FieldErrors();
    private final Div actionArea = new Div();

    AppointmentDialog(ScheduleServices services, ScheduleRights rights, AppointmentDetails appointment, Runnable onChanged) {
        this.services = services;
        this.appointment = appointment;
        this.onChanged = onChanged;
        setHeaderTitle(appointment.clientName());
        setWidth("min(36rem, 100vw)");
        error.addClassName("relieve-form-error");
        error.getElement().setAttribute("role", "alert");

        Div details = new Div();
        details.addClassName("relieve-details");
        row(details, "When", WHEN.format(appointment.start().atZoneSameInstant(services.zone)) + "–"
                + TIME.format(appointment.end().atZoneSameInstant(services.zone)));
        row(details, "Therapist", appointment.therapistName());
        row(details, "Room", appointment.roomName());
        row(details, "Type", appointment.typeName());
        row(details, "Status", appointment.status().label());
        row(details, "Cancelled because", appointment.cancellationReason());
        row(details, "Outside hours because", appointment.overrideReason());
        row(details, "Notes", appointment.notes());
        add(details);

        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        if (rights.mayWrite(appointment.therapistId())) {
            AppointmentStatus status = appointment.status();
            if (status == AppointmentStatus.BOOKED) {
                Button checkIn = new Button("Check in", click -> act(() -> services.appointments.checkIn(appointment.id()),
                        "checked in"));
                checkIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                actions.add(checkIn, new Button("Reschedule", click -> showReschedule()));
            }
            if (status == AppointmentStatus.BOOKED || status == AppointmentStatus.CHECKED_IN) {
                actions.add(new Button("Cancel appointment", click -> showCancel()));
            }
            // The service refuses a no-show before the start; the button only appears once it can work.
            if (status == AppointmentStatus.BOOKED && !appointment.start().toInstant().isAfter(services.now().toInstant())) {
                actions.add(new Button("No-show", click -> act(() -> services.appointments.markNoShow(appointment.id()),
                        "marked as a no-show")));
            }
        }
        // The session record is the treating therapist's, once the appointment has started.
        if (SessionRoutes.offered(appointment, rights.therapistId(), services.now().toInstant())) {
            Button record = new Button(SessionRoutes.actionLabel(appointment), VaadinIcon.NOTEBOOK.create(), click -> {
                close();
                UI.getCurrent().navigate(SessionRoutes.forAppointment(appointment.id()));
            });
            record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(record);
        }
        add(actions, actionArea, error);
        getFooter().add(new Button("Close", click -> close()));
    }

    private void showCancel() {
        TextField reason = new TextField("Reason for cancelling");
        reason.setWidthFull();
        errors.bind("reason", reason);
        Button confirm = new Button("Confirm cancellation",
                click -> act(() -> services.appointments.cancel(appointment.id(), reason.getValue()), "cancelled"));
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        show(reason, confirm);
        reason.focus();
    }

    /** Moves to a new start, keeping the length; the room may change too. */
    private void showReschedule() {
        DateTimePicker newStart = new DateTimePicker("New start");
        newStart.setStep(Duration.ofMinutes(15));
        newStart.setValue(appointment.start().atZoneSameInstant(services.zone).toLocalDateTime());
        Select<RoomDetails> room = new Select<>();
        room.setLabel("Room");
        room.setItems(services.setup.rooms().stream().filter(RoomDetails::active).toList());
        room.setItemLabelGenerator(RoomDetails::name);
        services.setup.rooms().stream().filter(r -> r.id() == appointment.roomId() && r.active()).findFirst()
                .ifPresent(room::setValue);
        TextField override = new TextField("Override reason");
        override.setVisible(false);
        errors.bind("start", newStart).bind("overrideReason", override);
        long minutes = Duration.between(appointment.start(), appointment.end()).toMinutes();
        Button move = new Button("Move", click -> {
            LocalDateTime local = newStart.getValue();
            OffsetDateTime from = local == null ? null : local.atZone(services.zone).toOffsetDateTime();
            act(() -> services.appointments.reschedule(appointment.id(), from, from == null ? null : from.plusMinutes(minutes),
                    room.getValue() == null ? null : room.getValue().id(),
                    override.getValue().isBlank() ? null : override.getValue()), "moved");
            if (error.getText().endsWith(BookingDialog.HOURS_REFUSAL)) {
                override.setVisible(true);
            }
        });
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        show(newStart, room, override, move);
    }

    private void show(Component... components) {
        actionArea.removeAll();
        error.setText("");
        HorizontalLayout layout = new HorizontalLayout(components);
        layout.setWrap(true);
        layout.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        actionArea.add(layout);
    }

    /** Runs one status change; success closes the dialog and redraws the schedule, a refusal stays readable here. */
    private void act(Supplier<AppointmentDetails> change, String done) {
        errors.clear();
        error.setText("");
        try {
            AppointmentDetails changed = change.get();
            Notifications.success(changed.clientName() + " " + done);
            onChanged.run();
            close();
        } catch (ConflictException | BusinessRuleException e) {
            error.setText(e.getMessage());
        } catch (ConstraintViolationException e) {
            error.setText(errors.show(e));
        } catch (AccessDeniedException e) {
            error.setText("You may change only your own appointments.");
        }
    }

    private static void row(Div details, String label, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Span name = new Span(label);
        name.addClassName("relieve-muted");
        details.add(new Div(name, new Span(value)));
    }
}
