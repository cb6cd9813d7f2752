package org.relieve.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Free start times on one day: inside the therapist's working windows, the appointment itself
 * ending by the window's end, and the appointment plus its buffer clear of every busy time.
 * Windows are walked in real time (instants), so a day with a daylight-saving change yields the
 * slots that really exist on the wall clock.
 */
final class FreeSlots {

    static final Duration STEP = Duration.ofMinutes(15);

    private FreeSlots() {
    }

    static List<OffsetDateTime> find(LocalDate day, ZoneId zone, List<TimeWindow> working, List<Busy> busy,
                                     Duration length, Duration buffer) {
        List<OffsetDateTime> free = new ArrayList<>();
        for (TimeWindow window : working) {
            Instant windowStart = day.atTime(window.start()).atZone(zone).toInstant();
            Instant windowEnd = day.atTime(window.end()).atZone(zone).toInstant();
            for (Instant start = windowStart; !start.plus(length).isAfter(windowEnd); start = start.plus(STEP)) {
                Instant end = start.plus(length);
                Instant blockedUntil = end.plus(buffer);
                Instant candidate = start;
                if (busy.stream().noneMatch(taken -> taken.overlaps(candidate, blockedUntil))) {
                    free.add(candidate.atZone(zone).toOffsetDateTime());
                }
            }
        }
        return free;
    }
}
