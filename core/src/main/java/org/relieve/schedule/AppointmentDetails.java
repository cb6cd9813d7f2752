package org.relieve.schedule;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An appointment as the schedule shows it: names resolved, times in the clinic's zone. */
public record AppointmentDetails(
        long id,
        long clientId,
        String clientName,
        long therapistId,
        String therapistName,
        long roomId,
        String roomName,
        Long typeId,
        String typeName,
        OffsetDateTime start,
        OffsetDateTime end,
        OffsetDateTime blockedUntil,
        AppointmentStatus status,
        String cancellationReason,
        String overrideReason,
        String notes,
        UUID seriesId,
        long version) {
}
