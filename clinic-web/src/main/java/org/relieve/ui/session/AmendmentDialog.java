package org.relieve.ui.session;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import jakarta.validation.ConstraintViolationException;
import org.relieve.common.BusinessRuleException;
import org.relieve.common.ConflictException;
import org.relieve.therapy.Amendment;
import org.relieve.therapy.SessionRecordDetails;
import org.relieve.therapy.SessionRecordService;
import org.relieve.ui.FieldErrors;
import org.relieve.ui.Notifications;
import org.springframework.security.access.AccessDeniedException;

/**
 * A correction of a signed record: a reason, and only the fields that change. Fields left empty
 * keep their signed value; the current value shows as the placeholder.
 */
class AmendmentDialog extends Dialog {

    final TextArea reason = new TextArea("Reason for the correction");
    final IntegerField painBefore = new IntegerField("Pain before");
    final IntegerField painAfter = new IntegerField("Pain after");
    final TextArea pressureNotes = new TextArea("Pressure notes");
    final TextArea subjective = new TextArea("Subjective");
    final TextArea objective = new TextArea("Objective");
    final TextArea assessment = new TextArea("Assessment");
    final TextArea plan = new TextArea("Plan");
    final TextArea adverseReactions = new TextArea("Adverse reactions");
    private final Paragraph error = new Paragraph();
    private final FieldErrors errors = new FieldErrors();

    AmendmentDialog(SessionRecordDetails record, SessionRecordService sessions, Consumer<SessionRecordDetails> onAmended) {
        setHeaderTitle("Add amendment");
        setWidth("min(44rem, 100vw)");
        reason.setRequired(true);
        reason.setHelperText("Kept with the record, with your name and the time.");
        painBefore.setPlaceholder(String.valueOf(record.currentPainBefore()));
        painAfter.setPlaceholder(String.valueOf(record.currentPainAfter()));
        for (IntegerField score : List.of(painBefore, painAfter)) {
            score.setMin(0);
            score.setMax(10);
            score.setStepButtonsVisible(true);
        }
        placeholder(pressureNotes, record.pressureNotes());
        placeholder(subjective, record.subjective());
        placeholder(objective, record.objective());
        placeholder(assessment, record.assessment());
        placeholder(plan, record.plan());
        placeholder(adverseReactions, record.adverseReactions());
        error.addClassName("relieve-form-error");
        error.getElement().setAttribute("role", "alert");

        FormLayout form = new FormLayout(reason, painBefore, painAfter, pressureNotes, subjective, objective, assessment,
                plan, adverseReactions);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(reason, 2);
        form.setColspan(pressureNotes, 2);
        add(new Paragraph("Fill in only what changes; empty fields keep what was signed."), form, error);
        errors.bind("reason", reason).bind("painBefore", painBefore).bind("painAfter", painAfter)
                .bind("pressureNotes", pressureNotes).bind("subjective", subjective).bind("objective", objective)
                .bind("assessment", assessment).bind("plan", plan).bind("adverseReactions", adverseReactions);

        Button save = new Button("Save amendment", click -> save(record.id(), sessions, onAmended));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    private void save(long recordId, SessionRecordService sessions, Consumer<SessionRecordDetails> onAmended) {
        errors.clear();
        error.setText("");
        try {
            SessionRecordDetails amended = sessions.amend(recordId, new Amendment(reason.getValue(),
                    painBefore.getValue(), painAfter.getValue(), orNull(pressureNotes), orNull(subjective),
                    orNull(objective), orNull(assessment), orNull(plan), orNull(adverseReactions)));
            Notifications.success("Amendment added");
            close();
            onAmended.accept(amended);
        } catch (ConstraintViolationException e) {
            error.setText(errors.show(e));
        } catch (ConflictException | BusinessRuleException | AccessDeniedException e) {
            error.setText(e.getMessage());
        }
    }

    private static void placeholder(TextArea area, String current) {
        area.setPlaceholder(current == null ? "" : current);
    }

    private static String orNull(TextArea area) {
        return area.getValue().isBlank() ? null : area.getValue().strip();
    }
}
