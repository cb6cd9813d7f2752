package org.relieve.clinical;

public enum PressureLevel {
    LIGHT("Light"),
    MODERATE("Moderate"),
    FIRM("Firm"),
    DEEP("Deep");

    private final String label;

    PressureLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
