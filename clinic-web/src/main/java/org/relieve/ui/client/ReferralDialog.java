package org.relieve.ui.client;

import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolationException;
import org.relieve.clinical.RedFlag;
import org.relieve.intake.IntakeDetails;
import org.relieve.intake.IntakeService;
import org.relieve.intake.NewReferral;
import org.relieve.ui.FieldErrors;
import org.relieve.ui.Formats;
import org.relieve.ui.Notifications;

/**
 * Records that a client with red flags was sent to a healthcare professional, or that professional's
 * clearance. Only a clearance unblocks treatment, which the checkbox's explanation says plainly.
 */
class ReferralDialog extends Dialog {

    private final TextField referredTo = new TextField("Referred to");
    private final TextArea note = new TextArea("Note");
    private final Checkbox cleared = new Checkbox("Cleared for treatment by this professional");
    private final Paragraph formError = new Paragraph();
    private final FieldErrors errors = new FieldErrors();

    ReferralDialog(IntakeDetails intake, IntakeService intakes, Runnable onSaved) {
        setHeaderTitle("Referral / clearance");
        setWidth("min(36em, 100vw)");
        Paragraph flags = new Paragraph("Red flags of the intake of " + Formats.date(intake.assessedOn())
                + ": " + intake.redFlags().stream().sorted().map(RedFlag::label).collect(Collectors.joining(", ")) + ".");
        referredTo.setHelperText("The professional or service, e.g. \"Dr Tan, general practitioner\"");
        referredTo.setWidthFull();
        note.setWidthFull();
        cleared.setHelperText("Tick only when this professional has cleared the client for massage. Without a "
                + "clearance the referral documents that the client was sent on, and plans and sessions stay blocked.");
        formError.addClassName("relieve-form-error");
        errors.bind("referredTo", referredTo).bind("note", note);
        add(flags, new FormLayout(referredTo, note, cleared), formError);

        Button save = new Button("Save", click -> {
            errors.clear();
            formError.setText("");
            try {
                intakes.recordReferral(intake.id(), new NewReferral(referredTo.getValue().strip(),
                        note.getValue().strip(), cleared.getValue()));
                Notifications.success(cleared.getValue() ? "Clearance recorded: treatment may go ahead"
                        : "Referral recorded; treatment stays blocked until clearance");
                close();
                onSaved.run();
            } catch (ConstraintViolationException e) {
                formError.setText(errors.show(e));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
