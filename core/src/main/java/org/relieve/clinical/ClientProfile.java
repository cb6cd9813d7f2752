package org.relieve.clinical;

/** A client's occupation and lifestyle, for reporting outcomes by profile. */
public enum ClientProfile {
    OFFICE_WORKER("Office worker"),
    ATHLETE("Athlete"),
    OLDER_ADULT("Older adult"),
    OTHER("Other");

    private final String label;

    ClientProfile(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
