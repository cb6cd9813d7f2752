package org.relieve.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import org.relieve.clinical.BodyRegion;
import org.relieve.clinical.RegionSide;
import org.relieve.clinical.Side;

/**
 * A clickable back view: every region on each side, the spine as a hatched central strip. The value
 * is the marked regions, one entry per region (left and right together make "both sides").
 * <p>
 * The drawing is inline SVG rendered by the server; one DOM listener on the root reports the id of
 * the shape clicked, so the map needs no client-side code and no per-shape components. Colours are
 * set as fill attributes when the markup is redrawn: marked regions in teal (treated) or red (pain),
 * with an optional pain backdrop whose red deepens with the score.
 */
public class BodyMap extends CustomField<List<RegionSide>> {

    /** What a marked region means, and so its colour. */
    public enum Marking { TREATED, PAIN }

    public static final String SPINE_REFUSAL = "The spine is never a treatment target: choose the muscles beside it.";

    private final Marking marking;
    private final boolean spineSelectable;
    private final Svg drawing = new Svg();
    private final Map<BodyRegion, Side> chosen = new EnumMap<>(BodyRegion.class);
    private final Map<RegionSide, Integer> painBackdrop = new java.util.HashMap<>();
    private final List<Consumer<RegionSide>> clickListeners = new ArrayList<>();
    private boolean toggleOnClick = true;
    private int markedPain = 6;

    /**
     * @param spineSelectable whether a click may mark the spine (pain is felt there; it is never treated)
     */
    public BodyMap(String label, Marking marking, boolean spineSelectable) {
        super(List.of());
        this.marking = marking;
        this.spineSelectable = spineSelectable;
        setLabel(label);
        addClassName("relieve-body-map");
        drawing.addClassName("relieve-body-map-drawing");
        drawing.getElement().addEventListener("click",
                        event -> click(event.getEventData().get("event.target.id").asString()))
                .addEventData("event.target.id");
        add(drawing, legend());
        redraw();
    }

    /**
     * When off, a click only reports the region to {@link #addRegionClickListener} and the value is
     * set by the owner (the session form keeps the map in step with its technique rows).
     */
    public void setToggleOnClick(boolean toggleOnClick) {
        this.toggleOnClick = toggleOnClick;
    }

    /** Called for every click on a region, the spine included, before any toggling. */
    public Registration addRegionClickListener(Consumer<RegionSide> listener) {
        clickListeners.add(listener);
        return () -> clickListeners.remove(listener);
    }

    /** Shades regions where pain was reported (e.g. at intake) behind the marking; deeper red for more pain. */
    public void setPainBackdrop(Collection<RegionSide> regions, Integer score) {
        painBackdrop.clear();
        if (regions != null && score != null) {
            regions.forEach(region -> painBackdrop.put(region, score));
        }
        redraw();
    }

    /** The score that sets the red of marked regions when the map marks pain. */
    public void setMarkedPain(int score) {
        markedPain = score;
        redraw();
    }

    /** Handles a click on the shape with this id (what the browser reports); other ids are ignored. */
    void click(String shapeId) {
        Optional<RegionSide> clicked = parse(shapeId);
        if (clicked.isEmpty() || isReadOnly()) {
            return;
        }
        RegionSide regionSide = clicked.get();
        clickListeners.forEach(listener -> listener.accept(regionSide));
        if (!toggleOnClick) {
            return;
        }
        if (!regionSide.region().isTreatable() && !spineSelectable) {
            setErrorMessage(SPINE_REFUSAL);
            setInvalid(true);
            return;
        }
        setInvalid(false);
        toggle(regionSide);
        redraw();
        updateValue();
    }

    private void toggle(RegionSide clicked) {
        BodyRegion region = clicked.region();
        Side now = chosen.get(region);
        Side next;
        if (clicked.side() == Side.BOTH) {
            next = now == null ? Side.BOTH : null;
        } else if (now == null) {
            next = clicked.side();
        } else if (now == Side.BOTH) {
            next = clicked.side() == Side.LEFT ? Side.RIGHT : Side.LEFT;
        } else if (now == clicked.side()) {
            next = null;
        } else {
            next = Side.BOTH;
        }
        if (next == null) {
            chosen.remove(region);
        } else {
            chosen.put(region, next);
        }
    }

    static Optional<RegionSide> parse(String shapeId) {
        if (shapeId == null || !shapeId.contains("-")) {
            return Optional.empty();
        }
        try {
            String[] parts = shapeId.split("-", 2);
            return Optional.of(new RegionSide(BodyRegion.valueOf(parts[0]), Side.valueOf(parts[1])));
        } catch (IllegalArgumentException notAShape) {
            return Optional.empty();
        }
    }

    private boolean isMarked(RegionSide shape) {
        Side side = chosen.get(shape.region());
        return side != null && (side == Side.BOTH || side == shape.side());
    }

    private String fill(RegionSide shape) {
        if (isMarked(shape)) {
            return marking == Marking.TREATED ? BodyMapShapes.TREATED : painColour(markedPain);
        }
        Integer backdrop = painBackdrop.entrySet().stream()
                .filter(entry -> entry.getKey().region() == shape.region()
                        && (entry.getKey().side() == Side.BOTH || entry.getKey().side() == shape.side()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        return backdrop == null ? BodyMapShapes.FREE : painColour(backdrop);
    }

    /** Light red for mild pain, dark red for the worst (NPRS 0–10). */
    static String painColour(int score) {
        int clamped = Math.max(0, Math.min(10, score));
        return "hsl(0, 70%, " + (90 - clamped * 5) + "%)";
    }

    private void redraw() {
        drawing.setSvg(BodyMapShapes.svg(getLabel() == null ? "Body map" : getLabel(), this::fill, this::isMarked));
    }

    private Div legend() {
        Div legend = new Div(swatch(marking == Marking.TREATED ? BodyMapShapes.TREATED : painColour(markedPain),
                        marking == Marking.TREATED ? "Treated" : "Pain"),
                swatch(painColour(3) + "; background-image: linear-gradient(90deg, " + painColour(2) + ", "
                        + painColour(9) + ")", "Pain reported (light → severe)"),
                swatch("#e3e6e8; background-image: repeating-linear-gradient(45deg, #8a949c 0 1px, transparent 1px 4px)",
                        "Spine: never treated"));
        legend.addClassName("relieve-body-map-legend");
        return legend;
    }

    private static Span swatch(String background, String text) {
        Span colour = new Span();
        colour.addClassName("relieve-swatch");
        colour.getElement().setAttribute("style", "background: " + background);
        return new Span(colour, new Span(text));
    }

    @Override
    protected List<RegionSide> generateModelValue() {
        List<RegionSide> value = new ArrayList<>();
        chosen.forEach((region, side) -> value.add(new RegionSide(region, side)));
        return List.copyOf(value);
    }

    /**
     * Marks the given regions. The value is kept in the map's own form, one entry per region in body
     * order: a region given for left and right (or twice) becomes one "both sides" entry.
     */
    @Override
    public void setValue(List<RegionSide> value) {
        Map<BodyRegion, Side> merged = new EnumMap<>(BodyRegion.class);
        if (value != null) {
            value.forEach(regionSide -> merged.merge(regionSide.region(), regionSide.side(),
                    (before, added) -> before == added ? before : Side.BOTH));
        }
        List<RegionSide> canonical = new ArrayList<>();
        merged.forEach((region, side) -> canonical.add(new RegionSide(region, side)));
        super.setValue(List.copyOf(canonical));
    }

    @Override
    protected void setPresentationValue(List<RegionSide> value) {
        chosen.clear();
        if (value != null) {
            value.forEach(regionSide -> chosen.put(regionSide.region(), regionSide.side()));
        }
        redraw();
    }
}
