package org.relieve.ui.schedule;

import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolationException;
import org.relieve.common.ConflictException;
import org.relieve.schedule.AppointmentTypeDetails;
import org.relieve.schedule.ClinicSetupService;
import org.relieve.ui.FieldErrors;
import org.relieve.ui.Notifications;

/** Kinds of appointment with their length and the buffer the room needs after; a manager edits them. */
class AppointmentTypesEditor extends Div {

    private final ClinicSetupService setup;
    private final Grid<AppointmentTypeDetails> grid = new Grid<>();
    private final TextField name = new TextField("Name");
    private final IntegerField minutes = new IntegerField("Minutes");
    private final IntegerField buffer = new IntegerField("Buffer (min)");
    private final Checkbox active = new Checkbox("Bookable");
    private final Paragraph error = new Paragraph();
    private final FieldErrors errors = new FieldErrors();

    AppointmentTypesEditor(ClinicSetupService setup, boolean manage) {
        this.setup = setup;
        grid.addColumn(AppointmentTypeDetails::name).setHeader("Type");
        grid.addColumn(AppointmentTypeDetails::minutes).setHeader("Minutes");
        grid.addColumn(AppointmentTypeDetails::bufferMinutes).setHeader("Buffer");
        grid.addColumn(type -> type.active() ? "Yes" : "No").setHeader("Bookable");
        grid.setAllRowsVisible(true);
        add(grid);
        refresh();
        if (!manage) {
            return;
        }
        error.addClassName("relieve-form-error");
        errors.bind("name", name).bind("minutes", minutes).bind("bufferMinutes", buffer);
        grid.asSingleSelect().addValueChangeListener(change -> fill(change.getValue()));
        fill(null);
        Button save = new Button("Save type", click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button fresh = new Button("New type", click -> grid.asSingleSelect().clear());
        HorizontalLayout form = new HorizontalLayout(name, minutes, buffer, active, save, fresh);
        form.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        form.setWrap(true);
        add(form, error);
    }

    /** A selected type is edited; with none selected the form makes a new one. */
    private void fill(AppointmentTypeDetails type) {
        errors.clear();
        name.setValue(type == null ? "" : type.name());
        minutes.setValue(type == null ? 60 : type.minutes());
        buffer.setValue(type == null ? 15 : type.bufferMinutes());
        active.setValue(type == null || type.active());
    }

    private void save() {
        errors.clear();
        error.setText("");
        AppointmentTypeDetails selected = grid.asSingleSelect().getValue();
        try {
            setup.saveAppointmentType(new AppointmentTypeDetails(selected == null ? null : selected.id(), name.getValue(),
                    Optional.ofNullable(minutes.getValue()).orElse(0), Optional.ofNullable(buffer.getValue()).orElse(-1),
                    active.getValue(), selected == null ? 0 : selected.version()));
            Notifications.success("Appointment type saved");
            refresh();
        } catch (ConstraintViolationException e) {
            error.setText(errors.show(e));
        } catch (ConflictException e) {
            error.setText(e.getMessage());
        }
    }

    private void refresh() {
        grid.setItems(setup.appointmentTypes());
    }
}
