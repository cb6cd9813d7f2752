package org.relieve.staff;

/** The few rules staff accounts follow, named once for the validators and the messages. */
final class StaffRules {

    static final String USERNAME_PATTERN = "^[a-z0-9][a-z0-9._-]{1,63}$";
    static final String USERNAME_MESSAGE =
            "Use 2–64 lower-case letters, digits, dots, dashes or underscores, starting with a letter or digit.";
    static final int MIN_PASSWORD_LENGTH = 12;
    static final String PASSWORD_MESSAGE = "A password needs at least 12 characters (and at most 72).";
    /** BCrypt reads only the first 72 bytes of a password, and Spring's encoder refuses longer ones. */
    static final int MAX_PASSWORD_BYTES = 72;

    private StaffRules() {
    }
}
