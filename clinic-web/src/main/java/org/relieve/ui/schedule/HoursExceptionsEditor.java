package org.relieve.ui.schedule;

import java.time.Duration;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import jakarta.validation.ConstraintViolationException;
import org.relieve.schedule.HoursException;
import org.relieve.ui.FieldErrors;
import org.relieve.ui.Notifications;

/** Dated changes to a therapist's week for the coming year: time off (whole day or hours) and extra hours. */
class HoursExceptionsEditor extends Div {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ScheduleServices services;
    private final boolean manage;
    private final Grid<HoursException> grid = new Grid<>();
    private final DatePicker date = new DatePicker("Date");
    private final Select<HoursException.Kind> kind = new Select<>();
    private final Checkbox wholeDay = new Checkbox("Whole day");
    private final TimePicker starts = new TimePicker("From");
    private final TimePicker ends = new TimePicker("To");
    private final TextField note = new TextField("Note");
    private final Paragraph error = new Paragraph();
    private final FieldErrors errors = new FieldErrors();
    private long therapistId;

    HoursExceptionsEditor(ScheduleServices services, boolean manage) {
        this.services = services;
        this.manage = manage;
        grid.addColumn(e -> DAY.format(e.date())).setHeader("Date");
        grid.addColumn(e -> label(e.kind())).setHeader("Change");
        grid.addColumn(e -> e.wholeDay() ? "Whole day" : TIME.format(e.starts()) + "–" + TIME.format(e.ends()))
                .setHeader("Hours");
        grid.addColumn(HoursException::note).setHeader("Note");
        if (manage) {
            grid.addComponentColumn(this::removeButton).setHeader("").setAutoWidth(true);
        }
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No time off or extra hours in the coming year.");
        add(grid);
        if (!manage) {
            return;
        }
        kind.setLabel("Change");
        kind.setItems(HoursException.Kind.values());
        kind.setItemLabelGenerator(HoursExceptionsEditor::label);
        kind.setValue(HoursException.Kind.TIME_OFF);
        wholeDay.setValue(true);
        starts.setStep(Duration.ofMinutes(15));
        ends.setStep(Duration.ofMinutes(15));
        // Extra hours always have times; time off is a whole day unless the person says otherwise.
        kind.addValueChangeListener(change -> updateTimes());
        wholeDay.addValueChangeListener(change -> updateTimes());
        updateTimes();
        date.setMin(services.today());
        error.addClassName("relieve-form-error");
        errors.bind("date", date).bind("kind", kind).bind("starts", starts).bind("ends", ends)
                .bind("consistent", ends).bind("note", note);
        Button add = new Button("Add", click -> addException());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(date, kind, wholeDay, starts, ends, note, add);
        form.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        form.setWrap(true);
        add(form, error);
    }

    void show(long therapistId) {
        this.therapistId = therapistId;
        grid.setItems(services.setup.exceptions(therapistId, services.today(), services.today().plusYears(1)));
    }

    private void updateTimes() {
        boolean timeOff = kind.getValue() == HoursException.Kind.TIME_OFF;
        wholeDay.setVisible(timeOff);
        boolean times = !timeOff || !wholeDay.getValue();
        starts.setVisible(times);
        ends.setVisible(times);
    }

    private void addException() {
        errors.clear();
        error.setText("");
        boolean times = starts.isVisible();
        try {
            services.setup.addException(therapistId, new HoursException(null, date.getValue(), kind.getValue(),
                    times ? starts.getValue() : null, times ? ends.getValue() : null,
                    note.getValue().isBlank() ? null : note.getValue().strip()));
            Notifications.success("Saved");
            note.clear();
            show(therapistId);
        } catch (ConstraintViolationException e) {
            error.setText(errors.show(e));
        }
    }

    private Component removeButton(HoursException exception) {
        if (!manage) {
            return new Span();
        }
        Button remove = new Button("Remove", click -> {
            services.setup.removeException(exception.id());
            Notifications.success("Removed");
            show(therapistId);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return remove;
    }

    private static String label(HoursException.Kind kind) {
        return kind == HoursException.Kind.TIME_OFF ? "Time off" : "Extra hours";
    }
}
