package org.relieve.client;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.relieve.clinical.ClientProfile;

/**
 * What the front desk records about a client: who they are and how to reach them. Used both to
 * register a client and (with {@code version}) to change the details.
 */
public record ClientDemographics(
        @NotBlank(message = "Enter the first name.")
        @Size(max = 80, message = "Keep the first name under 80 characters.")
        String firstName,
        @NotBlank(message = "Enter the last name.")
        @Size(max = 80, message = "Keep the last name under 80 characters.")
        String lastName,
        @NotNull(message = "Enter the date of birth.")
        @Past(message = "The date of birth must be in the past.")
        @PlausibleBirthDate
        LocalDate dateOfBirth,
        @Email(message = "Enter a valid email address, like name@example.com.")
        @Size(max = 254, message = "Keep the email under 254 characters.")
        String email,
        @Pattern(regexp = "^$|^[+0-9 ()./-]{5,40}$", message = "Enter a phone number of digits, spaces and + ( ) - only.")
        String phone,
        @NotNull(message = "Choose the client's profile.")
        ClientProfile profile,
        Long primaryTherapistId,
        @PastOrPresent(message = "Consent cannot be dated in the future.")
        LocalDate consentGivenOn) {
}
