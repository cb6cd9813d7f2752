package org.relieve.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relieve.clinical.BodyRegion;
import org.relieve.clinical.RegionSide;
import org.relieve.clinical.Side;

/** The body map toggles the region clicked; left and right together read as both sides; the spine stays untreated. */
// No views: the application's own need Spring, and this test needs only a UI to attach the map to.
@ViewPackages(packages = "org.relieve.clinical")
class BodyMapTest extends BrowserlessTest {

    private BodyMap treated;
    private final List<List<RegionSide>> changes = new ArrayList<>();

    @BeforeEach
    void showMap() {
        treated = new BodyMap("Treated regions", BodyMap.Marking.TREATED, false);
        treated.addValueChangeListener(change -> changes.add(change.getValue()));
        UI.getCurrent().add(treated);
    }

    @Test
    void clickingARegionMarksItAndClickingAgainClearsIt() {
        BodyMapClicks.click(treated, "LUMBAR_PARASPINAL-RIGHT");
        assertThat(treated.getValue()).containsExactly(new RegionSide(BodyRegion.LUMBAR_PARASPINAL, Side.RIGHT));
        assertThat(svg()).containsPattern("id='LUMBAR_PARASPINAL-RIGHT' fill='" + BodyMapShapes.TREATED.replace("(", "\\(")
                .replace(")", "\\)") + "'");

        BodyMapClicks.click(treated, "LUMBAR_PARASPINAL-RIGHT");
        assertThat(treated.getValue()).isEmpty();
        assertThat(changes).hasSize(2);
    }

    @Test
    void leftThenRightIsBothSides() {
        BodyMapClicks.click(treated, "NECK-LEFT");
        BodyMapClicks.click(treated, "NECK-RIGHT");
        assertThat(treated.getValue()).containsExactly(RegionSide.both(BodyRegion.NECK));

        treated.click("NECK-LEFT");
        assertThat(treated.getValue()).containsExactly(new RegionSide(BodyRegion.NECK, Side.RIGHT));
    }

    @Test
    void theSpineCannotBeMarkedAsTreatedButCanBeMarkedForPain() {
        BodyMapClicks.click(treated, "SPINE-BOTH");
        assertThat(treated.getValue()).isEmpty();
        assertThat(treated.isInvalid()).isTrue();
        assertThat(treated.getErrorMessage()).isEqualTo(BodyMap.SPINE_REFUSAL);

        BodyMap pain = new BodyMap("Where it hurts", BodyMap.Marking.PAIN, true);
        UI.getCurrent().add(pain);
        BodyMapClicks.click(pain, "SPINE-BOTH");
        assertThat(pain.getValue()).containsExactly(RegionSide.both(BodyRegion.SPINE));
    }

    @Test
    void aValueSetByTheOwnerIsDrawnWithoutCountingAsAClick() {
        treated.setValue(List.of(new RegionSide(BodyRegion.SACRAL, Side.LEFT), new RegionSide(BodyRegion.SACRAL, Side.RIGHT)));
        assertThat(treated.getValue()).containsExactly(RegionSide.both(BodyRegion.SACRAL));
        assertThat(svg()).contains("id='SACRAL-LEFT' fill='" + BodyMapShapes.TREATED + "'",
                "id='SACRAL-RIGHT' fill='" + BodyMapShapes.TREATED + "'");
    }

    @Test
    void clicksOutsideTheShapesChangeNothing() {
        BodyMapClicks.click(treated, "");
        BodyMapClicks.click(treated, "relieve-spine-hatch");
        assertThat(treated.getValue()).isEmpty();
        assertThat(changes).isEmpty();
    }

    @Test
    void everyRegionHasAShapeForEachSideAndTheSpineOne() {
        String svg = svg();
        for (BodyRegion region : BodyRegion.values()) {
            if (region.isTreatable()) {
                assertThat(svg).contains("id='" + region.name() + "-LEFT'", "id='" + region.name() + "-RIGHT'");
            }
        }
        assertThat(svg).contains("id='SPINE-BOTH' fill='url(#relieve-spine-hatch)'");
    }

    @Test
    void painDeepensWithTheScore() {
        treated.setPainBackdrop(List.of(new RegionSide(BodyRegion.GLUTEAL, Side.LEFT)), 9);
        assertThat(svg()).contains("id='GLUTEAL-LEFT' fill='" + BodyMap.painColour(9) + "'")
                .contains("id='GLUTEAL-RIGHT' fill='" + BodyMapShapes.FREE + "'");
        assertThat(BodyMap.painColour(9)).isNotEqualTo(BodyMap.painColour(2));
    }

    private String svg() {
        return treated.getChildren().filter(com.vaadin.flow.component.Svg.class::isInstance).findFirst().orElseThrow()
                .getElement().getProperty("innerHTML");
    }
}
