package org.relieve.ui.staff;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolationException;
import org.relieve.common.BusinessRuleException;
import org.relieve.common.ClinicProperties;
import org.relieve.security.SignInSession;
import org.relieve.staff.AccessTokenService;
import org.relieve.staff.TwoFactorService;
import org.relieve.ui.CurrentStaff;
import org.relieve.ui.FieldErrors;
import org.relieve.ui.Notifications;
import org.relieve.staff.StaffMember;
import org.relieve.staff.StaffService;
import org.relieve.staff.WeakPasswordException;

/** Each person's own account: change the password, two-factor sign-in, personal access tokens for the API. */
@Route("account")
@PageTitle("My account · Relieve")
@Menu(title = "My account", order = 100, icon = "vaadin:user")
@PermitAll
class AccountView extends VerticalLayout {

    AccountView(StaffService staff, CurrentStaff currentStaff, TwoFactorService twoFactor, AccessTokenService tokens,
                SignInSession signInSession, ClinicProperties clinic) {
        addClassName("relieve-view");
        PasswordField current = new PasswordField("Current password");
        PasswordField next = new PasswordField("New password");
        PasswordField repeat = new PasswordField("New password again");
        next.setHelperText("At least 12 characters, not a common password, not your name. A few unrelated words work well.");
        FieldErrors errors = new FieldErrors().bind("currentPassword", current).bind("newPassword", next);
        Paragraph notice = new Paragraph(
                "An administrator reset your password: choose your own now. Until then, this is the only page open to you.");
        notice.setVisible(staff.currentMember().map(StaffMember::mustChangePassword).orElse(false));
        notice.getStyle().set("color", "var(--lumo-error-text-color)");

        Button change = new Button("Change password", click -> {
            errors.clear();
            repeat.setInvalid(false);
            if (!next.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage("The two new passwords differ.");
                repeat.setInvalid(true);
                return;
            }
            try {
                staff.changeOwnPassword(current.getValue(), next.getValue());
                current.clear();
                next.clear();
                repeat.clear();
                Notifications.success("Password changed");
                if (notice.isVisible()) {
                    getUI().ifPresent(ui -> ui.navigate(""));
                }
            } catch (ConstraintViolationException e) {
                errors.show(e);
            } catch (WeakPasswordException e) {
                errors.show(e.field(), e.getMessage());
            } catch (BusinessRuleException e) {
                errors.show("currentPassword", e.getMessage());
            }
        });
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        FormLayout form = new FormLayout(current, next, repeat);
        form.setMaxWidth("40em");
        add(new H2("My account"), new Paragraph("Signed in as " + currentStaff.displayName()), notice, form, change,
                new TwoFactorPanel(twoFactor, signInSession, clinic.zone()), new AccessTokensPanel(tokens, clinic.zone()));
    }
}
