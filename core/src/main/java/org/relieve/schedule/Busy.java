package org.relieve.schedule;

import java.time.Instant;

/** A time the therapist is taken: an appointment from its start until the end of its buffer. */
record Busy(Instant from, Instant until) {

    boolean overlaps(Instant start, Instant end) {
        return start.isBefore(until) && from.isBefore(end);
    }
}
