package org.relieve.ui.schedule;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.validation.ConstraintViolationException;
import org.relieve.client.ClientFilter;
import org.relieve.client.ClientSummary;
import org.relieve.common.BusinessRuleException;
import org.relieve.common.ConflictException;
import org.relieve.schedule.AppointmentDetails;
import org.relieve.schedule.AppointmentTypeDetails;
import org.relieve.schedule.Booking;
import org.relieve.schedule.RoomDetails;
import org.relieve.schedule.SeriesRequest;
import org.relieve.schedule.SeriesResult;
import org.relieve.staff.StaffMember;
import org.relieve.ui.FieldErrors;
import org.relieve.ui.Notifications;
import org.springframework.security.access.AccessDeniedException;

/**
 * Books one appointment, or a series. The service decides what is allowed; this dialog shows its
 * answer where the person looks: a clash in the error area (it names who or what is taken), a field
 * rule next to the field, and after a working-hours refusal a place to give the reason to go ahead.
 */
class BookingDialog extends Dialog {

    /** What the click on the schedule already says; a null therapist or room is left for the person to choose. */
    record Prefill(Long therapistId, Long roomId, LocalDateTime start) {
    }

    static final String HOURS_REFUSAL = "Give a reason to book it anyway.";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm");

    private final ScheduleServices services;
    private final Runnable onSaved;

    final ComboBox<ClientSummary> client = new ComboBox<>("Client");
    final Select<AppointmentTypeDetails> type = new Select<>();
    final Select<StaffMember> therapist = new Select<>();
    final Select<RoomDetails> room = new Select<>();
    final DateTimePicker start = new DateTimePicker("Starts");
    final TimePicker end = new TimePicker("Ends");
    private final TextArea notes = new TextArea("Notes");
    final TextField overrideReason = new TextField("Override reason");
    final Paragraph error = new Paragraph();
    final SeriesFields series = new SeriesFields();
    private final FieldErrors errors = new FieldErrors();
    private final Button save = new Button("Book");
    private final Button cancel = new Button("Cancel", click -> close());

    BookingDialog(ScheduleServices services, ScheduleRights rights, Prefill prefill, Runnable onSaved) {
        this.services = services;
        this.onSaved = onSaved;
        setHeaderTitle("Book an appointment");
        setWidth("min(44rem, 100vw)");

        client.setItems(query -> services.clients.search(ClientFilter.text(query.getFilter().orElse("")),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        client.setItemLabelGenerator(ClientSummary::fullName);
        client.setPlaceholder("Type part of a name, phone or email");
        client.addValueChangeListener(change -> series.showPlan(change.getValue() == null ? Optional.empty()
                : services.plans.activeSchedule(change.getValue().id())));

        List<AppointmentTypeDetails> types = services.setup.appointmentTypes().stream()
                .filter(AppointmentTypeDetails::active).toList();
        type.setLabel("Appointment type");
        type.setItems(types);
        type.setItemLabelGenerator(t -> t == null ? "No type" : t.name() + " (" + t.minutes() + " min)");
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption("No type");

        List<StaffMember> therapists = new ScheduleColumns(services, rights).therapists().stream()
                .filter(member -> !rights.bookingOnlyForSelf() || rights.mayWrite(member.id())).toList();
        therapist.setLabel("Therapist");
        therapist.setItems(therapists);
        therapist.setItemLabelGenerator(StaffMember::displayName);
        room.setLabel("Room");
        room.setItems(services.setup.rooms().stream().filter(RoomDetails::active).toList());
        room.setItemLabelGenerator(RoomDetails::name);
        start.setStep(Duration.ofMinutes(15));
        end.setStep(Duration.ofMinutes(5));
        overrideReason.setVisible(false);
        overrideReason.setHelperText("Why this appointment is booked outside working hours.");
        error.addClassName("relieve-form-error");
        error.getElement().setAttribute("role", "alert");
        errors.bind("clientId", client).bind("therapistId", therapist).bind("roomId", room).bind("start", start)
                .bind("firstStart", start).bind("end", end).bind("timeRangeValid", end).bind("minutes", end)
                .bind("notes", notes).bind("overrideReason", overrideReason);
        series.bindErrors(errors);

        Long chosen = prefill.therapistId() != null ? prefill.therapistId()
                : rights.bookingOnlyForSelf() ? rights.therapistId() : null;
        therapists.stream().filter(m -> chosen != null && m.id() == chosen).findFirst().ifPresent(therapist::setValue);
        therapist.setReadOnly(rights.bookingOnlyForSelf());
        start.setValue(prefill.start());
        type.setValue(types.isEmpty() ? null : types.getFirst());
        endFromType();
        Optional.ofNullable(prefill.roomId()).or(this::freeRoom).flatMap(id -> services.setup.rooms().stream()
                .filter(r -> r.id() == id && r.active()).findFirst()).ifPresent(room::setValue);
        type.addValueChangeListener(change -> endFromType());
        start.addValueChangeListener(change -> endFromType());

        FormLayout form = new FormLayout(client, type, therapist, room, start, end, notes, overrideReason);
        form.setColspan(client, 2);
        form.setColspan(notes, 2);
        form.setColspan(overrideReason, 2);
        add(form, series, error);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        getFooter().add(cancel, save);
    }

    /** The appointment type sets the length; the person may still change the end afterwards. */
    private void endFromType() {
        if (start.getValue() != null) {
            int minutes = Optional.ofNullable(type.getValue()).map(AppointmentTypeDetails::minutes).orElse(60);
            end.setValue(start.getValue().plusMinutes(minutes).toLocalTime());
        }
    }

    /**
     * A room nobody holds from the chosen start until this appointment's turnover ends, so a click
     * on a therapist's column needs one choice less.
     */
    private Optional<Long> freeRoom() {
        if (start.getValue() == null) {
            return Optional.empty();
        }
        OffsetDateTime from = offset(start.getValue());
        OffsetDateTime to = from.plusMinutes(Optional.ofNullable(type.getValue())
                .map(chosen -> chosen.minutes() + chosen.bufferMinutes()).orElse(60));
        List<AppointmentDetails> day = services.appointments.onDay(start.getValue().toLocalDate(), null, null);
        return services.setup.rooms().stream().filter(RoomDetails::active)
                .filter(r -> day.stream().noneMatch(a -> a.roomId() == r.id() && a.status().holdsSlot()
                        && a.start().isBefore(to) && a.blockedUntil().isAfter(from)))
                .map(RoomDetails::id).findFirst();
    }

    private void save() {
        errors.clear();
        error.setText("");
        OffsetDateTime from = start.getValue() == null ? null : offset(start.getValue());
        OffsetDateTime to = from == null || end.getValue() == null ? null
                : offset(start.getValue().toLocalDate().atTime(end.getValue()));
        Long clientId = client.getValue() == null ? null : client.getValue().id();
        Long therapistId = therapist.getValue() == null ? null : therapist.getValue().id();
        Long roomId = room.getValue() == null ? null : room.getValue().id();
        Long typeId = type.getValue() == null ? null : type.getValue().id();
        String reason = overrideReason.isVisible() && !overrideReason.getValue().isBlank() ? overrideReason.getValue() : null;
        try {
            if (series.isRequested()) {
                int minutes = from == null || to == null ? 0 : (int) Duration.between(from, to).toMinutes();
                SeriesResult result = services.series.book(new SeriesRequest(clientId, therapistId, roomId, from, minutes,
                        typeId, series.occurrences(), series.perWeek(), reason));
                seriesBooked(result);
            } else {
                AppointmentDetails booked = services.appointments.book(new Booking(clientId, therapistId, roomId, from, to,
                        typeId, notes.getValue().isBlank() ? null : notes.getValue().strip(), reason));
                Notifications.success("Booked " + booked.clientName() + " with " + booked.therapistName() + ", "
                        + WHEN.format(booked.start().atZoneSameInstant(services.zone)));
                onSaved.run();
                close();
            }
        } catch (ConflictException e) {
            error.setText(e.getMessage());
        } catch (BusinessRuleException e) {
            error.setText(e.getMessage());
            if (e.getMessage().endsWith(HOURS_REFUSAL)) {
                overrideReason.setVisible(true);
                overrideReason.focus();
            }
        } catch (ConstraintViolationException e) {
            error.setText(errors.show(e));
        } catch (AccessDeniedException e) {
            error.setText("You may book only your own appointments.");
        }
    }

    /** A complete series closes with a toast; a partial one stays open and lists what was refused and why. */
    private void seriesBooked(SeriesResult result) {
        onSaved.run();
        if (result.refused().isEmpty()) {
            Notifications.success("Booked all " + result.booked().size() + " appointments of the series");
            close();
            return;
        }
        series.showResult(result, services.zone);
        save.setVisible(false);
        cancel.setText("Close");
    }

    private OffsetDateTime offset(LocalDateTime local) {
        return local.atZone(services.zone).toOffsetDateTime();
    }
}
