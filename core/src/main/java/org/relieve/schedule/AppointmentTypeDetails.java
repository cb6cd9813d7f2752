package org.relieve.schedule;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A kind of appointment: how long it lasts and how long the therapist and room need after it. */
public record AppointmentTypeDetails(
        Long id,
        @NotBlank(message = "Name the appointment type.")
        @Size(max = 80, message = "Keep the name under 80 characters.")
        String name,
        @Min(value = 5, message = "An appointment lasts at least 5 minutes.")
        @Max(value = 480, message = "An appointment lasts at most 8 hours.")
        int minutes,
        @Min(value = 0, message = "The buffer cannot be negative.")
        @Max(value = 120, message = "The buffer is at most 120 minutes.")
        int bufferMinutes,
        boolean active,
        long version) {
}
