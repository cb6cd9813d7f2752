package org.relieve.common;

/**
 * A request that clashes with what is already stored: a taken username, a double booking, a record
 * someone else changed in the meantime, an edit to a signed note.
 */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }

    /** Someone saved the record after the caller read it; the caller must reload before saving. */
    public static ConflictException staleVersion(String what) {
        return new ConflictException(what + " was changed by someone else after you opened it. Reload it and make your change again.");
    }
}
