package org.relieve.staff;

/** What a staff member does in the clinic; a person may hold several roles. */
public enum StaffRole {
    THERAPIST("Therapist"),
    FRONT_DESK("Front desk"),
    MANAGER("Manager"),
    ADMIN("Administrator");

    private final String label;

    StaffRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The Spring Security authority for this role, as {@code hasRole('…')} expects it. */
    public String authority() {
        return "ROLE_" + name();
    }
}
