package org.relieve.staff;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an administrator fills in to give someone a login. */
public record NewStaffAccount(
        @NotBlank(message = "Enter a username.")
        @Pattern(regexp = StaffRules.USERNAME_PATTERN, message = StaffRules.USERNAME_MESSAGE)
        String username,
        @NotBlank(message = "Enter the person's name.")
        @Size(max = 120, message = "Keep the name under 120 characters.")
        String displayName,
        @NotBlank(message = "Enter a first password.")
        @Size(min = StaffRules.MIN_PASSWORD_LENGTH, max = StaffRules.MAX_PASSWORD_BYTES, message = StaffRules.PASSWORD_MESSAGE)
        String password,
        @NotEmpty(message = "Give the account at least one role.")
        Set<StaffRole> roles) {
}
