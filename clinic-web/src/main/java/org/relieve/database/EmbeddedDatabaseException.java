package org.relieve.database;

/** The embedded database cannot start for a reason the person starting Relieve can fix. */
class EmbeddedDatabaseException extends RuntimeException {

    private final String action;

    EmbeddedDatabaseException(String problem, String action) {
        super(problem);
        this.action = action;
    }

    EmbeddedDatabaseException(String problem, String action, Throwable cause) {
        super(problem, cause);
        this.action = action;
    }

    String action() {
        return action;
    }
}
