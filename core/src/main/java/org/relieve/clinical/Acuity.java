package org.relieve.clinical;

/** How long the pain has lasted: acute under 6 weeks, subacute 6–12, chronic over 12. */
public enum Acuity {
    ACUTE("Acute (< 6 weeks)"),
    SUBACUTE("Subacute (6–12 weeks)"),
    CHRONIC("Chronic (> 12 weeks)");

    private final String label;

    Acuity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Derives acuity from how many weeks the symptoms have lasted. */
    public static Acuity ofSymptomWeeks(int weeks) {
        if (weeks < 0) {
            throw new IllegalArgumentException("Symptom duration cannot be negative: " + weeks);
        }
        if (weeks < 6) {
            return ACUTE;
        }
        return weeks <= 12 ? SUBACUTE : CHRONIC;
    }
}
