package org.relieve.schedule;

import java.time.LocalTime;

/** A stretch of a day in clinic-local time, start inclusive, end exclusive. */
public record TimeWindow(LocalTime start, LocalTime end) {

    public TimeWindow {
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("A time window must end after it starts: " + start + "–" + end);
        }
    }

    boolean contains(LocalTime from, LocalTime to) {
        return !from.isBefore(start) && !to.isAfter(end);
    }
}
