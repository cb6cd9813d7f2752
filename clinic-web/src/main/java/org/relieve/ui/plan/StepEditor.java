package org.relieve.ui.plan;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.relieve.clinical.BodyRegion;
import org.relieve.clinical.PressureLevel;
import org.relieve.clinical.RegionSide;
import org.relieve.clinical.Side;
import org.relieve.clinical.Technique;
import org.relieve.plan.PlanStep;

/**
 * One step of a plan being edited, as a card. Hold times are only for the techniques that hold, and
 * the spine is not offered as a region: no technique presses on it.
 */
class StepEditor extends Div {

    /** Every treatable region on each side, in body order: what a step may target. */
    static final List<RegionSide> TARGETS = Arrays.stream(BodyRegion.values())
            .filter(BodyRegion::isTreatable)
            .flatMap(region -> Arrays.stream(Side.values()).map(side -> new RegionSide(region, side)))
            .toList();

    /** What the list of steps does when a step's own buttons are pressed. */
    interface Moves {
        void up(StepEditor step);

        void down(StepEditor step);

        void remove(StepEditor step);
    }

    private final H4 title = new H4();
    private final Button up = new Button(VaadinIcon.ARROW_UP.create());
    private final Button down = new Button(VaadinIcon.ARROW_DOWN.create());
    private final Button remove = new Button(VaadinIcon.TRASH.create());
    final Select<Technique> technique = new Select<>();
    final MultiSelectComboBox<RegionSide> regions = new MultiSelectComboBox<>("Regions");
    final Select<PressureLevel> pressure = new Select<>();
    final IntegerField minutes = new IntegerField("Minutes");
    final IntegerField holdMin = new IntegerField("Hold from (s)");
    final IntegerField holdMax = new IntegerField("Hold to (s)");
    final TextArea reason = new TextArea("Reason");
    private final Map<String, HasValidation> fields;

    StepEditor(PlanStep step, Moves moves) {
        addClassName("relieve-card");
        addClassName("relieve-step");
        technique.setLabel("Technique");
        technique.setItems(Technique.values());
        technique.setItemLabelGenerator(Technique::label);
        regions.setItems(TARGETS);
        regions.setItemLabelGenerator(RegionSide::label);
        regions.setHelperText("Never the spine itself: choose the muscles beside it.");
        pressure.setLabel("Pressure");
        pressure.setItems(PressureLevel.values());
        pressure.setItemLabelGenerator(PressureLevel::label);
        minutes.setMin(1);
        minutes.setMax(120);
        minutes.setStepButtonsVisible(true);
        holdMin.setMin(1);
        holdMax.setMin(1);
        reason.setWidthFull();
        reason.setHelperText("Why this step: kept with the plan for whoever treats the client next.");
        technique.addValueChangeListener(change -> showHoldRange(change.isFromClient()));

        up.setAriaLabel("Move step up");
        down.setAriaLabel("Move step down");
        remove.setAriaLabel("Remove step");
        for (Button button : List.of(up, down, remove)) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        }
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        up.addClickListener(click -> moves.up(this));
        down.addClickListener(click -> moves.down(this));
        remove.addClickListener(click -> moves.remove(this));
        Div heading = new Div(title, up, down, remove);
        heading.addClassName("relieve-card-heading");

        FormLayout form = new FormLayout(technique, pressure, regions, minutes, holdMin, holdMax, reason);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 4));
        form.setColspan(regions, 2);
        form.setColspan(reason, 4);
        add(heading, form);
        fields = Map.of("technique", technique, "regions", regions, "pressure", pressure, "minutes", minutes,
                "holdSecondsMin", holdMin, "holdSecondsMax", holdMax, "reason", reason);
        fill(step);
    }

    private void fill(PlanStep step) {
        technique.setValue(step.technique());
        regions.setValue(step.regions() == null ? Set.of() : Set.copyOf(step.regions()));
        pressure.setValue(step.pressure());
        minutes.setValue(step.minutes());
        holdMin.setValue(step.holdSecondsMin());
        holdMax.setValue(step.holdSecondsMax());
        reason.setValue(step.reason() == null ? "" : step.reason());
        showHoldRange(false);
    }

    /**
     * Enables the hold fields for the techniques that hold, with their recommended range; the therapist
     * choosing such a technique gets that range filled in, choosing one that does not hold clears it.
     */
    private void showHoldRange(boolean techniqueChangedByUser) {
        Technique chosen = technique.getValue();
        boolean holds = chosen != null && chosen.holds();
        holdMin.setEnabled(holds);
        holdMax.setEnabled(holds);
        String help = holds ? "Recommended " + chosen.holdRange().orElseThrow() : "No holds for this technique";
        holdMin.setHelperText(help);
        holdMax.setHelperText(holds ? null : help);
        if (!holds) {
            holdMin.clear();
            holdMax.clear();
        } else if (techniqueChangedByUser) {
            holdMin.setValue(chosen.holdRange().orElseThrow().minSeconds());
            holdMax.setValue(chosen.holdRange().orElseThrow().maxSeconds());
        }
    }

    void setPosition(int index, int count) {
        title.setText("Step " + (index + 1));
        up.setEnabled(index > 0);
        down.setEnabled(index < count - 1);
        remove.setEnabled(count > 1);
    }

    PlanStep toStep(int order) {
        List<RegionSide> chosen = regions.getValue().stream()
                .sorted(Comparator.comparing(RegionSide::region).thenComparing(RegionSide::side)).toList();
        return new PlanStep(order, technique.getValue(), chosen, pressure.getValue(), minutes.getValue(),
                holdMin.getValue(), holdMax.getValue(), reason.getValue().strip());
    }

    /** The field a finding or violation such as {@code steps[2].regions} names, by its last part. */
    HasValidation field(String name) {
        return fields.get(name);
    }

    void clearErrors() {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }
}
