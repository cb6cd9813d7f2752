package org.relieve.ui.staff;

import java.util.EnumSet;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolationException;
import org.relieve.common.BusinessRuleException;
import org.relieve.common.ConflictException;
import org.relieve.staff.NewStaffAccount;
import org.relieve.staff.StaffAccountChange;
import org.relieve.staff.StaffMember;
import org.relieve.staff.StaffRole;
import org.relieve.staff.StaffService;
import org.relieve.staff.WeakPasswordException;
import org.relieve.ui.FieldErrors;
import org.relieve.ui.Notifications;

/** Creates an account, or edits one (name, roles, enabled). Nothing is saved until it is valid. */
class StaffAccountDialog extends Dialog {

    private final StaffService staff;
    private final StaffMember existing;
    private final Runnable onSaved;

    private final TextField username = new TextField("Username");
    private final TextField displayName = new TextField("Name");
    private final PasswordField password = new PasswordField("First password");
    private final CheckboxGroup<StaffRole> roles = new CheckboxGroup<>("Roles");
    private final Checkbox enabled = new Checkbox("Account enabled (can sign in)");
    private final Paragraph formError = new Paragraph();
    private final FieldErrors errors = new FieldErrors();

    StaffAccountDialog(StaffService staff, Runnable onSaved) {
        this(staff, null, onSaved);
    }

    StaffAccountDialog(StaffService staff, StaffMember existing, Runnable onSaved) {
        this.staff = staff;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(existing == null ? "New staff account" : "Edit " + existing.displayName());

        roles.setItems(StaffRole.values());
        roles.setItemLabelGenerator(StaffRole::label);
        password.setHelperText("At least 12 characters; the person can change it after signing in.");
        formError.getStyle().set("color", "var(--lumo-error-text-color)");
        errors.bind("username", username).bind("displayName", displayName).bind("password", password)
                .bind("roles", roles);

        FormLayout form = new FormLayout();
        if (existing == null) {
            form.add(username, displayName, password, roles);
        } else {
            displayName.setValue(existing.displayName());
            roles.setValue(existing.roles());
            enabled.setValue(existing.enabled());
            form.add(displayName, roles, enabled);
        }
        add(form, formError);

        Button save = new Button("Save", click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    private void save() {
        errors.clear();
        formError.setText("");
        Set<StaffRole> chosen = roles.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(roles.getValue());
        try {
            if (existing == null) {
                staff.create(new NewStaffAccount(username.getValue(), displayName.getValue(), password.getValue(), chosen));
                Notifications.success("Account " + username.getValue() + " created");
            } else {
                staff.update(existing.id(),
                        new StaffAccountChange(displayName.getValue(), chosen, enabled.getValue(), existing.version()));
                Notifications.success("Account " + existing.username() + " saved");
            }
            onSaved.run();
            close();
        } catch (ConstraintViolationException e) {
            formError.setText(errors.show(e));
        } catch (WeakPasswordException e) {
            errors.show(e.field(), e.getMessage());
        } catch (ConflictException e) {
            if (existing == null) {
                errors.show("username", e.getMessage());
            } else {
                formError.setText(e.getMessage());
            }
        } catch (BusinessRuleException e) {
            formError.setText(e.getMessage());
        }
    }
}
