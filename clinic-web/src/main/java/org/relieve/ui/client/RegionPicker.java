package org.relieve.ui.client;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.relieve.clinical.BodyRegion;
import org.relieve.clinical.RegionSide;
import org.relieve.clinical.Side;

/**
 * A small body map: each region of the back is a row with Left / Right / Both toggles, so a
 * therapist marks where pain is felt (or a knot was found) in one click per region. Pressing the
 * pressed toggle again clears the row. The spine has no sides: one toggle marks it.
 */
class RegionPicker extends CustomField<List<RegionSide>> {

    private static final Side[] SIDES = {Side.LEFT, Side.RIGHT, Side.BOTH};

    private final Map<BodyRegion, Side> chosen = new EnumMap<>(BodyRegion.class);
    private final Map<BodyRegion, Map<Side, Button>> toggles = new EnumMap<>(BodyRegion.class);

    /**
     * @param includeSpine whether the spine can be marked (a place pain is felt, never a knot to treat)
     */
    RegionPicker(String label, boolean includeSpine) {
        super(List.of());
        setLabel(label);
        Div rows = new Div();
        rows.addClassName("relieve-region-picker");
        for (BodyRegion region : BodyRegion.values()) {
            if (region.isTreatable() || includeSpine) {
                rows.add(row(region));
            }
        }
        add(rows);
    }

    private Div row(BodyRegion region) {
        Span name = new Span(region.label());
        name.addClassName("relieve-region-name");
        Div row = new Div(name);
        row.addClassName("relieve-region-row");
        Map<Side, Button> buttons = new EnumMap<>(Side.class);
        Side[] sides = region.isTreatable() ? SIDES : new Side[] {Side.BOTH};
        for (Side side : sides) {
            String text = region.isTreatable() ? capitalise(side == Side.BOTH ? "both" : side.label()) : "Yes";
            Button toggle = new Button(text, click -> toggle(region, side));
            toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
            toggle.setAriaLabel(region.label() + ": " + (region.isTreatable() ? side.name().toLowerCase() : "yes"));
            toggle.getElement().setAttribute("aria-pressed", "false");
            buttons.put(side, toggle);
            row.add(toggle);
        }
        toggles.put(region, buttons);
        return row;
    }

    private void toggle(BodyRegion region, Side side) {
        if (side == chosen.get(region)) {
            chosen.remove(region);
        } else {
            chosen.put(region, side);
        }
        showPressed();
        updateValue();
    }

    private void showPressed() {
        toggles.forEach((region, buttons) -> buttons.forEach((side, button) -> {
            boolean pressed = side == chosen.get(region);
            button.getElement().setAttribute("aria-pressed", String.valueOf(pressed));
            if (pressed) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else {
                button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        }));
    }

    @Override
    protected List<RegionSide> generateModelValue() {
        List<RegionSide> value = new ArrayList<>();
        chosen.forEach((region, side) -> value.add(new RegionSide(region, side)));
        return List.copyOf(value);
    }

    @Override
    protected void setPresentationValue(List<RegionSide> value) {
        chosen.clear();
        if (value != null) {
            value.stream().filter(regionSide -> toggles.containsKey(regionSide.region()))
                    .forEach(regionSide -> chosen.put(regionSide.region(), regionSide.side()));
        }
        showPressed();
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
