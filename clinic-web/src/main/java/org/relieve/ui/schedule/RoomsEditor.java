package org.relieve.ui.schedule;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolationException;
import org.relieve.common.ConflictException;
import org.relieve.schedule.ClinicSetupService;
import org.relieve.schedule.RoomDetails;
import org.relieve.ui.FieldErrors;
import org.relieve.ui.Notifications;

/** The clinic's rooms; a manager adds one, or picks one to rename it or take it out of use. */
class RoomsEditor extends Div {

    private final ClinicSetupService setup;
    private final Grid<RoomDetails> grid = new Grid<>();
    private final TextField newName = new TextField("New room");
    private final TextField name = new TextField("Name");
    private final Checkbox active = new Checkbox("In use");
    private final Paragraph error = new Paragraph();
    private final FieldErrors errors = new FieldErrors();
    private final FieldErrors addErrors = new FieldErrors();

    RoomsEditor(ClinicSetupService setup, boolean manage) {
        this.setup = setup;
        // As wide as a room's name needs: the editor would otherwise shrink to its "New room" row.
        setWidth("min(100%, 36em)");
        grid.addColumn(RoomDetails::name).setHeader("Room").setFlexGrow(2);
        grid.addColumn(room -> room.active() ? "In use" : "Not in use").setHeader("Status");
        grid.setAllRowsVisible(true);
        add(grid);
        refresh();
        if (!manage) {
            return;
        }
        error.addClassName("relieve-form-error");
        errors.bind("name", name);
        addErrors.bind("name", newName);
        Button add = new Button("Add room", click -> addRoom());
        Button save = new Button("Save room", click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout edit = new HorizontalLayout(name, active, save);
        edit.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        edit.setVisible(false);
        grid.asSingleSelect().addValueChangeListener(change -> {
            edit.setVisible(change.getValue() != null);
            if (change.getValue() != null) {
                name.setValue(change.getValue().name());
                active.setValue(change.getValue().active());
            }
        });
        HorizontalLayout adding = new HorizontalLayout(newName, add);
        adding.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(edit, adding, error);
    }

    private void addRoom() {
        addErrors.clear();
        error.setText("");
        try {
            setup.addRoom(newName.getValue());
            Notifications.success(newName.getValue().strip() + " added");
            newName.clear();
            refresh();
        } catch (ConstraintViolationException e) {
            error.setText(addErrors.show(e));
        } catch (ConflictException e) {
            addErrors.show("name", e.getMessage());
        }
    }

    private void save() {
        RoomDetails room = grid.asSingleSelect().getValue();
        if (room == null) {
            return;
        }
        errors.clear();
        error.setText("");
        try {
            setup.updateRoom(room.id(), name.getValue(), active.getValue(), room.version());
            Notifications.success("Room saved");
            refresh();
        } catch (ConstraintViolationException e) {
            error.setText(errors.show(e));
        } catch (ConflictException e) {
            error.setText(e.getMessage());
        }
    }

    private void refresh() {
        grid.setItems(setup.rooms());
    }
}
