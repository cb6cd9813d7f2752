package org.relieve.schedule;

/** Where an appointment stands. Cancelled and no-show appointments free their slot. */
public enum AppointmentStatus {
    BOOKED("Booked"),
    CHECKED_IN("Checked in"),
    COMPLETED("Completed"),
    CANCELLED("Cancelled"),
    NO_SHOW("No-show");

    private final String label;

    AppointmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean holdsSlot() {
        return this == BOOKED || this == CHECKED_IN || this == COMPLETED;
    }
}
