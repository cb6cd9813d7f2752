package org.relieve.clinical;

import java.util.Objects;

/** A body region on one side (or both): where pain is felt, a knot was found, or a technique applied. */
public record RegionSide(BodyRegion region, Side side) {

    public RegionSide {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(side, "side");
    }

    public static RegionSide both(BodyRegion region) {
        return new RegionSide(region, Side.BOTH);
    }

    public String label() {
        return region == BodyRegion.SPINE ? region.label() : region.label() + " (" + side.label() + ")";
    }
}
