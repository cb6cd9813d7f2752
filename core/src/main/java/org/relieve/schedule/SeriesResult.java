package org.relieve.schedule;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What a series booking did: every occurrence is either booked or listed with why it was not. */
public record SeriesResult(UUID seriesId, List<AppointmentDetails> booked, List<Refused> refused) {

    public record Refused(int occurrence, OffsetDateTime start, String reason) {
    }
}
