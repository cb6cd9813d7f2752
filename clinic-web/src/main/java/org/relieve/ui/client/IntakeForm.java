package org.relieve.ui.client;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import jakarta.validation.ConstraintViolationException;
import org.relieve.client.ClientDetails;
import org.relieve.clinical.Acuity;
import org.relieve.clinical.PainCause;
import org.relieve.clinical.RedFlag;
import org.relieve.common.BusinessRuleException;
import org.relieve.intake.IntakeDetails;
import org.relieve.intake.IntakeService;
import org.relieve.intake.NewIntake;
import org.relieve.ui.BodyMap;
import org.relieve.ui.FieldErrors;
import org.relieve.ui.Notifications;
import org.springframework.security.access.AccessDeniedException;

/**
 * Records an intake assessment (first assessment or re-assessment). An intake is written once; a
 * later change of findings is a new re-assessment, so this form only ever creates.
 */
class IntakeForm extends Dialog {

    static final String RED_FLAG_HELP =
            "Any red flag sends the client for referral; treatment stays blocked until clearance.";

    private final ClientDetails client;
    private final IntakeService intakes;
    private final Runnable onSaved;

    private final DatePicker assessedOn = new DatePicker("Assessed on");
    private final TextArea chiefComplaint = new TextArea("Chief complaint");
    private final IntegerField painScore = new IntegerField("Pain score (0–10)");
    private final IntegerField symptomWeeks = new IntegerField("Symptoms for (weeks)");
    private final Span acuity = new Span();
    private final CheckboxGroup<PainCause> causes = new CheckboxGroup<>("Causes");
    private final RadioButtonGroup<PainCause> primaryCause = new RadioButtonGroup<>("Primary cause");
    private final RegionPicker painRegions = new RegionPicker("Where the pain is felt", true);
    private final RegionPicker triggerPoints = new RegionPicker("Trigger points (knots) found", false);
    private final Checkbox fascialRestriction = new Checkbox("Fascial restriction found");
    private final CheckboxGroup<RedFlag> redFlags = new CheckboxGroup<>("Red flags");
    private final TextArea palpationNotes = new TextArea("Palpation notes");
    private final TextArea goals = new TextArea("Goals");
    private final Paragraph formError = new Paragraph();
    private final FieldErrors errors = new FieldErrors();

    IntakeForm(ClientDetails client, IntakeService intakes, LocalDate today, Runnable onSaved) {
        this.client = client;
        this.intakes = intakes;
        this.onSaved = onSaved;
        setHeaderTitle("Intake assessment · " + client.fullName());
        setWidth("min(60em, 100vw)");

        assessedOn.setValue(today);
        assessedOn.setMax(today);
        chiefComplaint.setHelperText("In the client's words: what hurts, since when, what makes it worse.");
        painScore.setMin(0);
        painScore.setMax(10);
        painScore.setStepButtonsVisible(true);
        painScore.setHelperText("0 = no pain, 10 = worst pain imaginable (NPRS)");
        symptomWeeks.setMin(0);
        symptomWeeks.setStepButtonsVisible(true);
        symptomWeeks.setValueChangeMode(ValueChangeMode.EAGER);
        symptomWeeks.addValueChangeListener(change -> showAcuity());
        acuity.addClassName("relieve-muted");
        symptomWeeks.setHelperComponent(acuity);
        showAcuity();

        causes.setItems(PainCause.values());
        causes.setItemLabelGenerator(PainCause::label);
        causes.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        causes.addValueChangeListener(change -> offerPrimaryCauses());
        primaryCause.setItemLabelGenerator(PainCause::label);
        primaryCause.setHelperText("Choose the causes first; the primary one is among them.");
        redFlags.setItems(RedFlag.values());
        redFlags.setItemLabelGenerator(RedFlag::label);
        redFlags.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        redFlags.setHelperText(RED_FLAG_HELP);
        formError.addClassName("relieve-form-error");

        errors.bind("assessedOn", assessedOn).bind("chiefComplaint", chiefComplaint).bind("painScore", painScore)
                .bind("symptomWeeks", symptomWeeks).bind("causes", causes).bind("primaryCause", primaryCause)
                .bind("primaryCauseAmongCauses", primaryCause).bind("painRegions", painRegions)
                .bind("triggerPoints", triggerPoints).bind("redFlags", redFlags)
                .bind("palpationNotes", palpationNotes).bind("goals", goals);

        FormLayout complaint = new FormLayout(assessedOn, painScore, symptomWeeks, chiefComplaint);
        complaint.setColspan(chiefComplaint, 2);
        FormLayout whyAndWhere = new FormLayout(causes, primaryCause, painRegions, painMap(), triggerPoints,
                fascialRestriction, palpationNotes);
        whyAndWhere.setColspan(palpationNotes, 2);
        add(complaint, section("Causes and findings"), whyAndWhere,
                section("Red flags (always ask)"), redFlags, section("Goals"), goals, formError);
        goals.setWidthFull();

        Button save = new Button("Save intake", click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    /** The same pain regions drawn on the back: clicking a region there marks it in the list, and back. */
    private BodyMap painMap() {
        BodyMap map = new BodyMap("Pain on the body map", BodyMap.Marking.PAIN, true);
        map.setHelperText("Click where it hurts; click again to clear. Left then right marks both sides.");
        map.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                painRegions.setValue(change.getValue());
            }
        });
        painRegions.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                map.setValue(change.getValue());
            }
        });
        painScore.addValueChangeListener(change -> map.setMarkedPain(change.getValue() == null ? 0 : change.getValue()));
        return map;
    }

    private static H4 section(String title) {
        H4 heading = new H4(title);
        heading.addClassName("relieve-section");
        return heading;
    }

    /** Acuity follows from the duration (design §3); showing it as it is typed avoids surprises later. */
    private void showAcuity() {
        Integer weeks = symptomWeeks.getValue();
        acuity.setText(weeks == null || weeks < 0 ? "Acuity follows from the duration"
                : "Acuity: " + Acuity.ofSymptomWeeks(weeks).label());
    }

    private void offerPrimaryCauses() {
        PainCause current = primaryCause.getValue();
        List<PainCause> chosen = Arrays.stream(PainCause.values()).filter(causes.getValue()::contains).toList();
        primaryCause.setItems(chosen);
        if (chosen.contains(current)) {
            primaryCause.setValue(current);
        } else if (chosen.size() == 1) {
            primaryCause.setValue(chosen.getFirst());
        }
    }

    private void save() {
        errors.clear();
        formError.setText("");
        NewIntake intake = new NewIntake(assessedOn.getValue(), chiefComplaint.getValue().strip(),
                painScore.getValue(), symptomWeeks.getValue(), copy(causes.getValue()), primaryCause.getValue(),
                painRegions.getValue(), triggerPoints.getValue(), fascialRestriction.getValue(),
                copyFlags(redFlags.getValue()), palpationNotes.getValue().strip(), goals.getValue().strip());
        try {
            IntakeDetails saved = intakes.record(client.id(), intake);
            Notifications.success(saved.redFlags().isEmpty() ? "Intake saved"
                    : "Intake saved. Red flags recorded: refer the client before treatment.");
            close();
            onSaved.run();
        } catch (ConstraintViolationException e) {
            formError.setText(errors.show(e));
        } catch (BusinessRuleException e) {
            formError.setText(e.getMessage());
        } catch (AccessDeniedException e) {
            // Another therapist took the client on while this form was open.
            formError.setText("This client is no longer unassigned and is not in your care; the intake was not saved.");
        }
    }

    private static Set<PainCause> copy(Set<PainCause> chosen) {
        return chosen.isEmpty() ? Set.of() : EnumSet.copyOf(chosen);
    }

    private static Set<RedFlag> copyFlags(Set<RedFlag> chosen) {
        return chosen.isEmpty() ? Set.of() : EnumSet.copyOf(chosen);
    }
}
