package org.relieve.clinical;

import java.util.Optional;

/** The five techniques the clinic practises (design §4). */
public enum Technique {
    EFFLEURAGE("Effleurage", null),
    PETRISSAGE("Petrissage", null),
    TRIGGER_POINT("Trigger point therapy", new HoldRange(20, 60)),
    DEEP_TISSUE("Deep tissue massage", null),
    MYOFASCIAL_RELEASE("Myofascial release", new HoldRange(30, 90));

    private final String label;
    private final HoldRange holdRange;

    Technique(String label, HoldRange holdRange) {
        this.label = label;
        this.holdRange = holdRange;
    }

    public String label() {
        return label;
    }

    /** The recommended sustained-pressure hold, for the techniques that hold. */
    public Optional<HoldRange> holdRange() {
        return Optional.ofNullable(holdRange);
    }

    public boolean holds() {
        return holdRange != null;
    }
}
