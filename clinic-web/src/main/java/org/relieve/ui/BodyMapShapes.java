package org.relieve.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

import org.relieve.clinical.BodyRegion;
import org.relieve.clinical.RegionSide;
import org.relieve.clinical.Side;

/**
 * The drawing behind {@link BodyMap}: a back view (so the client's left is on the viewer's left),
 * one shape per region and side, the spine as a central strip. Kept apart from the field so the
 * geometry can change without touching the behaviour. Coordinates are for a 200 × 360 view box;
 * each left-side shape is mirrored for the right.
 */
final class BodyMapShapes {

    static final String FREE = "#eef3f3";
    static final String TREATED = "hsl(174, 62%, 38%)";
    private static final String OUTLINE = "#9fb3b3";

    /** The left-side shapes as SVG element markup without the closing part; mirrored for the right. */
    private static final Map<BodyRegion, String> LEFT = new EnumMap<>(BodyRegion.class);

    static {
        LEFT.put(BodyRegion.NECK, "polygon points='85,52 96,52 96,78 83,78'");
        LEFT.put(BodyRegion.UPPER_TRAPEZIUS, "polygon points='83,80 96,80 96,98 46,102 40,94 62,86'");
        LEFT.put(BodyRegion.SCAPULAR, "polygon points='50,106 81,102 82,150 60,162 52,140'");
        LEFT.put(BodyRegion.THORACIC_PARASPINAL, "rect x='84' y='100' width='11' height='102' rx='3'");
        LEFT.put(BodyRegion.LUMBAR_PARASPINAL, "rect x='84' y='205' width='11' height='58' rx='3'");
        LEFT.put(BodyRegion.QUADRATUS_LUMBORUM, "polygon points='60,206 81,206 81,262 64,262 58,236'");
        LEFT.put(BodyRegion.SACRAL, "polygon points='84,267 99,267 99,306'");
        LEFT.put(BodyRegion.GLUTEAL, "ellipse cx='65' cy='300' rx='18' ry='28'");
    }

    private static final String SPINE = "rect x='97' y='50' width='6' height='214' rx='3'";

    /** Head, trunk and arms: drawn behind the regions and never clickable. */
    private static final String SILHOUETTE = """
            <g fill='#f7f9f9' stroke='%1$s' stroke-width='1.2' pointer-events='none'>\
            <ellipse cx='100' cy='28' rx='19' ry='23'/>\
            <path d='M86,48 L86,76 C70,82 48,86 38,94 C30,100 28,112 30,126 L34,200 C36,216 40,232 46,250 \
            C44,270 44,292 48,320 C52,340 80,344 100,338 C120,344 148,340 152,320 C156,292 156,270 154,250 \
            C160,232 164,216 166,200 L170,126 C172,112 170,100 162,94 C152,86 130,82 114,76 L114,48 Z'/>\
            <rect x='12' y='100' width='16' height='150' rx='8'/>\
            <rect x='172' y='100' width='16' height='150' rx='8'/></g>""".formatted(OUTLINE);

    /** Diagonal hatching: the spine reads as "not for treatment" even when nothing is marked. */
    private static final String DEFS = "<defs><pattern id='relieve-spine-hatch' width='4' height='4' "
            + "patternUnits='userSpaceOnUse' patternTransform='rotate(45)'><rect width='4' height='4' fill='#e3e6e8'/>"
            + "<line x1='0' y1='0' x2='0' y2='4' stroke='#8a949c' stroke-width='1.5'/></pattern></defs>";

    private BodyMapShapes() {
    }

    /** The id a shape carries, and the click reports: {@code NECK-LEFT}, {@code SPINE-BOTH}. */
    static String id(RegionSide regionSide) {
        return regionSide.region().name() + "-" + regionSide.side().name();
    }

    /**
     * The whole SVG.
     *
     * @param fill the fill of each shape (an unmarked spine is hatched instead)
     */
    static String svg(String ariaLabel, Function<RegionSide, String> fill, Function<RegionSide, Boolean> marked) {
        StringBuilder svg = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 200 360' "
                + "class='relieve-body-map-svg' role='img' aria-label='" + escape(ariaLabel) + "'>");
        svg.append(DEFS).append(SILHOUETTE);
        LEFT.forEach((region, shape) -> {
            svg.append(shape(new RegionSide(region, Side.LEFT), shape, fill, marked));
            svg.append(shape(new RegionSide(region, Side.RIGHT), mirror(shape), fill, marked));
        });
        RegionSide spine = RegionSide.both(BodyRegion.SPINE);
        String spineFill = fill.apply(spine);
        svg.append('<').append(SPINE).append(" id='").append(id(spine)).append("' fill='")
                .append(FREE.equals(spineFill) ? "url(#relieve-spine-hatch)" : spineFill)
                .append("' stroke='#5f6b73' stroke-dasharray='3 2' cursor='pointer'><title>Spine: pain can be marked "
                        + "here; never a treatment target</title></").append(tag(SPINE)).append('>');
        return svg.append("</svg>").toString();
    }

    private static String shape(RegionSide regionSide, String shape, Function<RegionSide, String> fill,
                                Function<RegionSide, Boolean> marked) {
        boolean on = marked.apply(regionSide);
        return "<" + shape + " id='" + id(regionSide) + "' fill='" + fill.apply(regionSide) + "' stroke='"
                + (on ? "#1f4f4a" : OUTLINE) + "' stroke-width='" + (on ? 1.6 : 1) + "' cursor='pointer'><title>"
                + escape(regionSide.label()) + "</title></" + tag(shape) + ">";
    }

    /** Reflects a left-side shape about the centre line (x → 200 − x). */
    static String mirror(String shape) {
        String tag = tag(shape);
        return switch (tag) {
            case "polygon" -> {
                String points = attribute(shape, "points");
                StringBuilder mirrored = new StringBuilder();
                for (String point : points.split(" ")) {
                    String[] xy = point.split(",");
                    mirrored.append(mirrored.isEmpty() ? "" : " ").append(200 - Integer.parseInt(xy[0])).append(',')
                            .append(xy[1]);
                }
                yield shape.replace(points, mirrored.toString());
            }
            case "rect" -> {
                int x = Integer.parseInt(attribute(shape, "x"));
                int width = Integer.parseInt(attribute(shape, "width"));
                yield shape.replace("x='" + x + "'", "x='" + (200 - x - width) + "'");
            }
            case "ellipse" -> {
                int cx = Integer.parseInt(attribute(shape, "cx"));
                yield shape.replace("cx='" + cx + "'", "cx='" + (200 - cx) + "'");
            }
            default -> throw new IllegalStateException("No mirror for " + tag);
        };
    }

    private static String tag(String shape) {
        return shape.substring(0, shape.indexOf(' '));
    }

    private static String attribute(String shape, String name) {
        int start = shape.indexOf(" " + name + "='") + name.length() + 3;
        return shape.substring(start, shape.indexOf('\'', start));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("'", "&#39;");
    }
}
