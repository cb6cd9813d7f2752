package org.relieve.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.relieve.clinical.PainCause;
import org.relieve.clinical.RedFlag;
import org.relieve.clinical.RegionSide;

/** What a therapist records at an intake assessment (design §3). */
public record NewIntake(
        @NotNull(message = "Enter the date of the assessment.")
        @PastOrPresent(message = "An assessment cannot be dated in the future.")
        LocalDate assessedOn,
        @NotBlank(message = "Describe the chief complaint.")
        @Size(max = 500, message = "Keep the chief complaint under 500 characters.")
        String chiefComplaint,
        @NotNull(message = "Enter the pain score (0–10).")
        @Min(value = 0, message = "The pain score is from 0 to 10.")
        @Max(value = 10, message = "The pain score is from 0 to 10.")
        Integer painScore,
        @NotNull(message = "Enter how many weeks the symptoms have lasted.")
        @Min(value = 0, message = "Symptom duration cannot be negative.")
        @Max(value = 5200, message = "Symptom duration is in weeks; 5200 is 100 years.")
        Integer symptomWeeks,
        @NotEmpty(message = "Choose at least one cause of the pain.")
        Set<@NotNull(message = "Choose a cause.") PainCause> causes,
        @NotNull(message = "Choose the primary cause.")
        PainCause primaryCause,
        @NotEmpty(message = "Mark at least one region where the pain is felt.")
        List<@NotNull(message = "Choose a region and side.") @Valid RegionSide> painRegions,
        List<@NotNull(message = "Choose a region and side.") @Valid RegionSide> triggerPoints,
        boolean fascialRestriction,
        Set<@NotNull(message = "Choose a red flag.") RedFlag> redFlags,
        @Size(max = 2000, message = "Keep the palpation notes under 2000 characters.")
        String palpationNotes,
        @Size(max = 1000, message = "Keep the goals under 1000 characters.")
        String goals) {

    public NewIntake {
        triggerPoints = triggerPoints == null ? List.of() : triggerPoints;
        redFlags = redFlags == null ? Set.of() : redFlags;
    }

    /** The primary cause is one of the causes. */
    @AssertTrue(message = "The primary cause must be one of the causes chosen.")
    public boolean isPrimaryCauseAmongCauses() {
        return primaryCause == null || causes == null || causes.contains(primaryCause);
    }
}
