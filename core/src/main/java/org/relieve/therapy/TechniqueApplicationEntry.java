package org.relieve.therapy;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.relieve.clinical.BodyRegion;
import org.relieve.clinical.PressureLevel;
import org.relieve.clinical.Side;
import org.relieve.clinical.Technique;

/** One technique as it was applied in a session: where, how hard, how long, how the client took it. */
public record TechniqueApplicationEntry(
        @NotNull(message = "Choose the technique.") Technique technique,
        @NotNull(message = "Choose the region.") BodyRegion region,
        @NotNull(message = "Choose the side.") Side side,
        @NotNull(message = "Choose the pressure.") PressureLevel pressure,
        @NotNull(message = "Enter the minutes.")
        @Min(value = 1, message = "At least 1 minute.")
        @Max(value = 120, message = "At most 120 minutes.") Integer minutes,
        @Min(value = 1, message = "A hold lasts at least 1 second.")
        @Max(value = 600, message = "A hold lasts at most 600 seconds.") Integer holdSeconds,
        @Size(max = 300, message = "Keep the client's feedback under 300 characters.") String tolerance) {
}
