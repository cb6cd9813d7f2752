package org.relieve.ui;

import com.vaadin.browserless.ComponentTester;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.internal.JacksonUtils;
import tools.jackson.databind.node.ObjectNode;

/** Fires the click the browser sends when a shape of a body map is clicked: the DOM listener reads the target's id. */
public final class BodyMapClicks {

    private BodyMapClicks() {
    }

    public static void click(BodyMap map, String shapeId) {
        Svg drawing = map.getChildren().filter(Svg.class::isInstance).map(Svg.class::cast).findFirst().orElseThrow();
        new ComponentTester<Svg>(drawing) {
            void fire() {
                ObjectNode data = JacksonUtils.createObjectNode();
                data.put("event.target.id", shapeId);
                fireDomEvent("click", data);
            }
        }.fire();
    }
}
