package org.relieve.common;

import java.time.Instant;
import java.util.Optional;

/**
 * A save that lost to someone else's: the record moved on after the editor opened it. Carries who
 * saved the winning version and when, so the editor can be told whose changes to reload.
 */
public class StaleVersionException extends ConflictException {

    private final String changedBy;
    private final Instant changedAt;

    public StaleVersionException(String message, String changedBy, Instant changedAt) {
        super(message);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    /** The display name of whoever saved the current version, when known. */
    public Optional<String> changedBy() {
        return Optional.ofNullable(changedBy);
    }

    public Optional<Instant> changedAt() {
        return Optional.ofNullable(changedAt);
    }
}
