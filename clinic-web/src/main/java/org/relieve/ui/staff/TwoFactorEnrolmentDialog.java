package org.relieve.ui.staff;

import java.io.ByteArrayInputStream;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.relieve.common.BusinessRuleException;
import org.relieve.staff.TwoFactorEnrolment;
import org.relieve.staff.TwoFactorService;

/**
 * Enrolment: scan the QR code (or type the secret), prove it with a code, then note the recovery
 * codes. The secret and the recovery codes exist on screen only in this dialog.
 */
class TwoFactorEnrolmentDialog extends Dialog {

    private final TwoFactorService twoFactor;
    private final Runnable onEnrolled;
    private final TextField code = new TextField("Code from the app");

    TwoFactorEnrolmentDialog(TwoFactorService twoFactor, Runnable onEnrolled) {
        this.twoFactor = twoFactor;
        this.onEnrolled = onEnrolled;
        setHeaderTitle("Turn on two-factor sign-in");
        setWidth("32em");
        TwoFactorEnrolment enrolment = twoFactor.startEnrolment();
        byte[] png = enrolment.qrCodePng();
        Image qrCode = new Image(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(png), "two-factor-qr.png", "image/png", png.length)),
                "QR code for your authenticator app");
        qrCode.addClassName("relieve-qr");
        Span secret = new Span(enrolment.secretForTyping());
        secret.addClassName("relieve-secret");
        code.setHelperText("Six digits, shown by the app once it has the account.");
        code.setMaxLength(6);
        code.setId("enrolment-code");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        add(new Paragraph("1. In an authenticator app (such as Google Authenticator, Microsoft Authenticator "
                        + "or Aegis), add an account by scanning this code:"),
                qrCode,
                new Paragraph("or by typing this key:"), secret,
                new Paragraph("2. Enter the code the app shows to confirm:"), code);

        Button confirm = new Button("Confirm", click -> confirm());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), confirm);
    }

    private void confirm() {
        try {
            List<String> recoveryCodes = twoFactor.confirmEnrolment(code.getValue());
            onEnrolled.run();
            showRecoveryCodes(recoveryCodes);
        } catch (BusinessRuleException e) {
            code.setErrorMessage(e.getMessage());
            code.setInvalid(true);
        }
    }

    private void showRecoveryCodes(List<String> recoveryCodes) {
        removeAll();
        getFooter().removeAll();
        setHeaderTitle("Two-factor sign-in is on");
        UnorderedList list = new UnorderedList(recoveryCodes.stream().map(ListItem::new).toArray(ListItem[]::new));
        list.addClassName("relieve-recovery-codes");
        add(new Paragraph("Keep these recovery codes somewhere safe, away from your phone. Each one signs you in "
                + "once if the phone is lost. They are shown only now."), list);
        Button done = new Button("I have saved them", click -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
        setCloseOnOutsideClick(false);
    }
}
