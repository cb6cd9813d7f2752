package org.relieve.clinical;

/**
 * Regions of the back where pain is felt and treatment applied. {@link #SPINE} is a place pain can
 * be felt, never a valid treatment target: no technique applies direct pressure to the spine.
 */
public enum BodyRegion {
    NECK("Neck"),
    UPPER_TRAPEZIUS("Upper trapezius"),
    SCAPULAR("Scapular"),
    THORACIC_PARASPINAL("Thoracic paraspinal"),
    LUMBAR_PARASPINAL("Lumbar paraspinal"),
    QUADRATUS_LUMBORUM("Quadratus lumborum"),
    SACRAL("Sacral"),
    GLUTEAL("Gluteal"),
    SPINE("Spine");

    private final String label;

    BodyRegion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isTreatable() {
        return this != SPINE;
    }
}
