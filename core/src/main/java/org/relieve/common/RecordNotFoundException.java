package org.relieve.common;

/** A record that was asked for by id does not exist (or is not visible to the caller). */
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String what, Object id) {
        super(what + " " + id + " does not exist.");
    }
}
