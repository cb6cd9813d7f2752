package org.relieve.schedule;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A recurring series: the first appointment's time and length, how many, how many a week. Later
 * occurrences keep the clinic-local time of day.
 */
public record SeriesRequest(
        @NotNull(message = "Choose the client.") Long clientId,
        @NotNull(message = "Choose the therapist.") Long therapistId,
        @NotNull(message = "Choose the room.") Long roomId,
        @NotNull(message = "Enter the first start.") OffsetDateTime firstStart,
        @Min(value = 5, message = "An appointment lasts at least 5 minutes.")
        @Max(value = 480, message = "An appointment lasts at most 480 minutes.") int minutes,
        Long typeId,
        @Min(value = 1, message = "Book at least one appointment.")
        @Max(value = 52, message = "Book at most 52 appointments at once.") int occurrences,
        @Min(value = 1, message = "At least once a week.")
        @Max(value = 7, message = "At most 7 a week.") int perWeek,
        @Size(max = 300, message = "Keep the reason under 300 characters.") String overrideReason) {
}
