package org.relieve.clinical;

public enum Side {
    LEFT("left"),
    RIGHT("right"),
    BOTH("both sides");

    private final String label;

    Side(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
