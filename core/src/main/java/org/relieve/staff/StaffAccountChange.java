package org.relieve.staff;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** An administrator's edit of an existing account; {@code version} is the one the editor read. */
public record StaffAccountChange(
        @NotBlank(message = "Enter the person's name.")
        @Size(max = 120, message = "Keep the name under 120 characters.")
        String displayName,
        @NotEmpty(message = "Give the account at least one role.")
        Set<StaffRole> roles,
        boolean enabled,
        long version) {
}
