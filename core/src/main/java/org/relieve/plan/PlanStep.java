package org.relieve.plan;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.relieve.clinical.PressureLevel;
import org.relieve.clinical.RegionSide;
import org.relieve.clinical.Technique;

/**
 * One step of a plan as the therapist chose it (the proposal's steps have the same shape).
 * {@code order} is optional on input: the list order is the session order.
 */
public record PlanStep(
        Integer order,
        @NotNull(message = "Choose a technique.")
        Technique technique,
        @NotEmpty(message = "Choose at least one region.")
        List<@NotNull(message = "Choose a region and side.") @Valid RegionSide> regions,
        @NotNull(message = "Choose a pressure level.")
        PressureLevel pressure,
        @NotNull(message = "Enter the minutes.")
        @Min(value = 1, message = "A step lasts at least 1 minute.")
        @Max(value = 120, message = "A step lasts at most 120 minutes.")
        Integer minutes,
        @Min(value = 1, message = "A hold must be at least 1 second.")
        @Max(value = 600, message = "A hold must be at most 600 seconds.")
        Integer holdSecondsMin,
        @Min(value = 1, message = "A hold must be at least 1 second.")
        @Max(value = 600, message = "A hold must be at most 600 seconds.")
        Integer holdSecondsMax,
        @Size(max = 500, message = "Keep the reason under 500 characters.")
        String reason) {

    public static PlanStep of(ProposedStep proposed) {
        return new PlanStep(proposed.order(), proposed.technique(), proposed.regions(), proposed.pressure(),
                proposed.minutes(), proposed.holdSecondsMin(), proposed.holdSecondsMax(), proposed.reason());
    }
}
