package org.relieve.ui.staff;

import java.time.ZoneId;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import org.relieve.common.BusinessRuleException;
import org.relieve.security.SignInSession;
import org.relieve.staff.TwoFactorService;
import org.relieve.staff.TwoFactorStatus;
import org.relieve.ui.Formats;
import org.relieve.ui.Notifications;

/** The account page's two-factor section: turn it on (through enrolment) or off (with a code or the password). */
class TwoFactorPanel extends VerticalLayout {

    private final TwoFactorService twoFactor;
    private final SignInSession signInSession;
    private final ZoneId zone;

    TwoFactorPanel(TwoFactorService twoFactor, SignInSession signInSession, ZoneId zone) {
        this.twoFactor = twoFactor;
        this.signInSession = signInSession;
        this.zone = zone;
        setPadding(false);
        refresh();
    }

    private void refresh() {
        removeAll();
        add(new H3("Two-factor sign-in"));
        TwoFactorStatus status = twoFactor.myStatus();
        if (status.enabled()) {
            showOn(status);
        } else {
            showOff();
        }
    }

    private void showOff() {
        add(new Paragraph("Off. When it is on, signing in needs a code from an authenticator app on your phone "
                + "after your password, and the API needs a personal access token instead of your password."));
        if (signInSession.mustEnrol()) {
            Paragraph required = new Paragraph("An administrator requires two-factor sign-in for everyone: "
                    + "turn it on to use the rest of Relieve.");
            required.getStyle().set("color", "var(--lumo-error-text-color)");
            add(required);
        }
        Button turnOn = new Button("Turn on two-factor sign-in", click -> new TwoFactorEnrolmentDialog(twoFactor, () -> {
            signInSession.enrolmentDone();
            refresh();
        }).open());
        turnOn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(turnOn);
    }

    private void showOn(TwoFactorStatus status) {
        add(new Paragraph("On since " + Formats.date(status.since(), zone) + ". "
                + status.recoveryCodesLeft() + " unused recovery codes left."));
        PasswordField proof = new PasswordField("Current code or your password");
        Button turnOff = new Button("Turn off", click -> {
            try {
                twoFactor.disable(proof.getValue());
                Notifications.success("Two-factor sign-in is off");
                refresh();
            } catch (BusinessRuleException e) {
                proof.setErrorMessage(e.getMessage());
                proof.setInvalid(true);
            }
        });
        turnOff.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout row = new HorizontalLayout(proof, turnOff);
        row.setAlignItems(Alignment.BASELINE);
        add(row);
    }
}
