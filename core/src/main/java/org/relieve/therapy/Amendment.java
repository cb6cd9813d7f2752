package org.relieve.therapy;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A correction of a signed record: why, and only the fields that change (null = unchanged). The
 * original stays as it was signed.
 */
public record Amendment(
        @NotBlank(message = "Say why the record is corrected.")
        @Size(max = 1000, message = "Keep the reason under 1000 characters.") String reason,
        @Min(value = 0, message = "Pain scores are from 0 to 10.")
        @Max(value = 10, message = "Pain scores are from 0 to 10.") Integer painBefore,
        @Min(value = 0, message = "Pain scores are from 0 to 10.")
        @Max(value = 10, message = "Pain scores are from 0 to 10.") Integer painAfter,
        @Size(max = 4000, message = "Keep the pressure notes under 4000 characters.") String pressureNotes,
        @Size(max = 4000, message = "Keep this under 4000 characters.") String subjective,
        @Size(max = 4000, message = "Keep this under 4000 characters.") String objective,
        @Size(max = 4000, message = "Keep this under 4000 characters.") String assessment,
        @Size(max = 4000, message = "Keep this under 4000 characters.") String plan,
        @Size(max = 2000, message = "Keep this under 2000 characters.") String adverseReactions) {

    @AssertTrue(message = "An amendment corrects at least one field.")
    public boolean isCorrectingSomething() {
        return painBefore != null || painAfter != null || pressureNotes != null || subjective != null
                || objective != null || assessment != null || plan != null || adverseReactions != null;
    }
}
