package org.relieve.clinical;

/** What is behind a client's back pain, as assessed at intake. */
public enum PainCause {
    POSTURE_SEDENTARY("Poor posture / sedentary work"),
    MUSCLE_STRAIN("Muscle strain from physical activity"),
    STRESS_TENSION("Stress and emotional tension"),
    SLEEP_ERGONOMICS("Sleep ergonomics"),
    BIOMECHANICAL_OTHER("Other biomechanical imbalance");

    private final String label;

    PainCause(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
