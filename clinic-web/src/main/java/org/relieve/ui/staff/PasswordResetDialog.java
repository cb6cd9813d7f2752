package org.relieve.ui.staff;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import jakarta.validation.ConstraintViolationException;
import org.relieve.staff.StaffMember;
import org.relieve.staff.StaffService;
import org.relieve.staff.WeakPasswordException;
import org.relieve.ui.FieldErrors;
import org.relieve.ui.Notifications;

/** Sets a temporary password; its owner is asked to replace it at the next sign-in. */
class PasswordResetDialog extends Dialog {

    PasswordResetDialog(StaffService staff, StaffMember member, Runnable onSaved) {
        setHeaderTitle("Reset the password of " + member.displayName());
        PasswordField password = new PasswordField("Temporary password");
        password.setHelperText("At least 12 characters, not a common password. Tell it to " + member.displayName() + " in person.");
        password.setWidthFull();
        FieldErrors errors = new FieldErrors().bind("temporaryPassword", password);
        add(new Paragraph("They will have to choose their own password after signing in."), password);

        Button reset = new Button("Reset password", click -> {
            try {
                staff.resetPassword(member.id(), password.getValue());
                Notifications.success("Password of " + member.username() + " reset");
                onSaved.run();
                close();
            } catch (WeakPasswordException e) {
                errors.show(e.field(), e.getMessage());
            } catch (ConstraintViolationException e) {
                String unplaced = errors.show(e);
                if (!unplaced.isEmpty()) {
                    errors.show("temporaryPassword", unplaced);
                }
            }
        });
        reset.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), reset);
    }
}
