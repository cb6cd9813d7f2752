package org.relieve.therapy;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.relieve.clinical.RedFlag;

/** What the therapist records after a treatment (design §3), as a draft until signed. */
public record NewSessionRecord(
        @NotNull(message = "Enter the pain score before the session (0–10).")
        @Min(value = 0, message = "Pain scores are from 0 to 10.")
        @Max(value = 10, message = "Pain scores are from 0 to 10.") Integer painBefore,
        @NotNull(message = "Enter the pain score after the session (0–10).")
        @Min(value = 0, message = "Pain scores are from 0 to 10.")
        @Max(value = 10, message = "Pain scores are from 0 to 10.") Integer painAfter,
        List<@NotNull(message = "An application cannot be empty.") @Valid TechniqueApplicationEntry> applications,
        @Size(max = 4000, message = "Keep the pressure notes under 4000 characters.") String pressureNotes,
        @Size(max = 4000, message = "Keep this under 4000 characters.") String subjective,
        @Size(max = 4000, message = "Keep this under 4000 characters.") String objective,
        @Size(max = 4000, message = "Keep this under 4000 characters.") String assessment,
        @Size(max = 4000, message = "Keep this under 4000 characters.") String plan,
        @Size(max = 2000, message = "Keep this under 2000 characters.") String adverseReactions,
        Set<@NotNull(message = "Choose a red flag.") RedFlag> redFlags) {

    public NewSessionRecord {
        applications = applications == null ? List.of() : List.copyOf(applications);
        redFlags = redFlags == null ? Set.of() : Set.copyOf(redFlags);
    }
}
