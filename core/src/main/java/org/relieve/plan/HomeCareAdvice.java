package org.relieve.plan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One item of the client's home-care programme. Times are optional. */
public record HomeCareAdvice(
        @NotBlank(message = "Write the advice.")
        @Size(max = 500, message = "Keep each piece of advice under 500 characters.")
        String advice,
        @Min(value = 1, message = "Minutes must be at least 1.")
        @Max(value = 120, message = "Minutes must be at most 120.")
        Integer minutes,
        @Min(value = 1, message = "A hold must be at least 1 second.")
        @Max(value = 600, message = "A hold must be at most 600 seconds.")
        Integer holdSecondsMin,
        @Min(value = 1, message = "A hold must be at least 1 second.")
        @Max(value = 600, message = "A hold must be at most 600 seconds.")
        Integer holdSecondsMax) {

    public static HomeCareAdvice of(String advice) {
        return new HomeCareAdvice(advice, null, null, null);
    }
}
