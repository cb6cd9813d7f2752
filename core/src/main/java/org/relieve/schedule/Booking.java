package org.relieve.schedule;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A request to book: who, with whom, where, when. A start in the past is allowed (a walk-in
 * recorded afterwards). {@code overrideReason} lets a booking outside working hours through.
 */
public record Booking(
        @NotNull(message = "Choose the client.") Long clientId,
        @NotNull(message = "Choose the therapist.") Long therapistId,
        @NotNull(message = "Choose the room.") Long roomId,
        @NotNull(message = "Enter the start.") OffsetDateTime start,
        @NotNull(message = "Enter the end.") OffsetDateTime end,
        Long typeId,
        @Size(max = 500, message = "Keep the notes under 500 characters.") String notes,
        @Size(max = 300, message = "Keep the reason under 300 characters.") String overrideReason) {

    public Booking(Long clientId, Long therapistId, Long roomId, OffsetDateTime start, OffsetDateTime end) {
        this(clientId, therapistId, roomId, start, end, null, null, null);
    }

    @AssertTrue(message = "The appointment must end after it starts, within the same day.")
    public boolean isTimeRangeValid() {
        return start == null || end == null
                || (end.isAfter(start) && !end.isAfter(start.plusHours(12)));
    }
}
