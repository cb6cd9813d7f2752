package org.relieve.staff;

/** The outcome of the second sign-in step. */
public enum LoginCodeResult {
    ACCEPTED,
    /** A one-time recovery code was used up instead of the app's code. */
    ACCEPTED_RECOVERY_CODE,
    WRONG,
    /** Too many wrong codes in a row: codes are not checked for a few minutes. */
    LOCKED;

    public boolean accepted() {
        return this == ACCEPTED || this == ACCEPTED_RECOVERY_CODE;
    }
}
