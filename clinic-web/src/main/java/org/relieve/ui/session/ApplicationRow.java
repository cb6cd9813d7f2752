package org.relieve.ui.session;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.relieve.clinical.BodyRegion;
import org.relieve.clinical.PressureLevel;
import org.relieve.clinical.RegionSide;
import org.relieve.clinical.Side;
import org.relieve.clinical.Technique;
import org.relieve.therapy.TechniqueApplicationEntry;

/**
 * One technique as applied: what, where, how hard, how long, and how the client took it. The spine
 * is not offered (no technique presses on it); the hold is open only for the techniques that hold,
 * with their recommended range as help.
 */
class ApplicationRow extends Div {

    /** Every treatable region on each side, in body order. */
    static final List<RegionSide> TARGETS = Arrays.stream(BodyRegion.values())
            .filter(BodyRegion::isTreatable)
            .flatMap(region -> Arrays.stream(Side.values()).map(side -> new RegionSide(region, side)))
            .toList();

    /*
     * Combo boxes, not selects: a select builds a server-side component for every item (about 50
     * in a row, over 600 in a record from the plan), kept for as long as the record is open; a
     * combo box sends its items to the browser as data.
     */
    final ComboBox<Technique> technique = new ComboBox<>();
    final ComboBox<RegionSide> region = new ComboBox<>();
    final ComboBox<PressureLevel> pressure = new ComboBox<>();
    final IntegerField minutes = new IntegerField("Minutes");
    final IntegerField hold = new IntegerField("Hold (s)");
    final TextField tolerance = new TextField("Tolerance / feedback");
    private final Map<String, HasValidation> fields;

    ApplicationRow(TechniqueApplicationEntry entry, Consumer<ApplicationRow> onRemove, Runnable onRegionChanged) {
        addClassName("relieve-application");
        technique.setLabel("Technique");
        technique.setItems(Technique.values());
        technique.setItemLabelGenerator(Technique::label);
        region.setLabel("Region");
        region.setItems(TARGETS);
        region.setItemLabelGenerator(RegionSide::label);
        pressure.setLabel("Pressure");
        pressure.setItems(PressureLevel.values());
        pressure.setItemLabelGenerator(PressureLevel::label);
        minutes.setMin(1);
        minutes.setMax(120);
        minutes.setStepButtonsVisible(true);
        minutes.setWidth("8em");
        hold.setMin(1);
        hold.setMax(600);
        hold.setWidth("9em");
        tolerance.setPlaceholder("e.g. comfortable, tender at first");
        technique.addValueChangeListener(change -> showHold(change.isFromClient()));
        region.addValueChangeListener(change -> onRegionChanged.run());

        Button remove = new Button(VaadinIcon.TRASH.create(), click -> onRemove.accept(this));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel("Remove this technique");
        add(technique, region, pressure, minutes, hold, tolerance, remove);
        fields = Map.of("technique", technique, "region", region, "side", region, "pressure", pressure,
                "minutes", minutes, "holdSeconds", hold, "tolerance", tolerance);
        fill(entry);
    }

    private void fill(TechniqueApplicationEntry entry) {
        technique.setValue(entry.technique());
        RegionSide where = entry.region() == null || entry.side() == null ? null
                : new RegionSide(entry.region(), entry.side());
        // A stored place that is no longer offered (none should be) is left empty for the therapist to choose.
        region.setValue(TARGETS.contains(where) ? where : null);
        pressure.setValue(entry.pressure());
        minutes.setValue(entry.minutes());
        hold.setValue(entry.holdSeconds());
        tolerance.setValue(entry.tolerance() == null ? "" : entry.tolerance());
        showHold(false);
    }

    /** A technique that holds gets its recommended range as help (and, when just chosen, its lower end). */
    private void showHold(boolean chosenByUser) {
        Technique chosen = technique.getValue();
        boolean holds = chosen != null && chosen.holds();
        hold.setEnabled(holds);
        hold.setHelperText(holds ? "Recommended " + chosen.holdRange().orElseThrow() : "No holds");
        if (!holds) {
            hold.clear();
        } else if (chosenByUser && hold.getValue() == null) {
            hold.setValue(chosen.holdRange().orElseThrow().minSeconds());
        }
    }

    RegionSide where() {
        return region.getValue();
    }

    TechniqueApplicationEntry toEntry() {
        RegionSide where = region.getValue();
        String feedback = tolerance.getValue().isBlank() ? null : tolerance.getValue().strip();
        return new TechniqueApplicationEntry(technique.getValue(), where == null ? null : where.region(),
                where == null ? null : where.side(), pressure.getValue(), minutes.getValue(),
                hold.isEnabled() ? hold.getValue() : null, feedback);
    }

    /** The field showing messages about a property of the entry, or null. */
    HasValidation field(String property) {
        return fields.get(property);
    }

    void clearErrors() {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }
}
