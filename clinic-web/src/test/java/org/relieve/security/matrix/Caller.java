package org.relieve.security.matrix;

/**
 * The six kinds of caller every cell of the access matrix is tried as (design §6). The two
 * therapists are the demo's Maya Lee, who has the matrix client in her care (primary therapist,
 * author of the intake, plan and signed session record, and the appointments' therapist), and Arif
 * Santoso, who has never seen the client. Where a rule is about a therapist's own records rather than
 * a client (an appointment, a calendar feed), the first is the owner and the second a colleague.
 */
enum Caller {

    ANONYMOUS("anonymous", null),
    FRONT_DESK("frontDesk", "frontdesk"),
    THERAPIST_IN_CARE("therapistInCare", "therapist"),
    THERAPIST_NOT_IN_CARE("therapistNotInCare", "therapist2"),
    MANAGER("manager", "manager"),
    ADMIN("admin", "admin");

    static final String PASSWORD = "relieve-demo";

    /** The column heading in the expectation tables. */
    final String column;
    /** The demo account, or null for nobody signed in. */
    final String username;

    Caller(String column, String username) {
        this.column = column;
        this.username = username;
    }
}
