package org.relieve.client;

import java.time.LocalDate;

import org.relieve.clinical.ClientProfile;

/**
 * A row of the client list.
 *
 * @param awaitingClearance the latest intake has red flags and no clearance yet; shown to
 *                          therapists only (it is clinical information), {@code null} for others
 */
public record ClientSummary(
        long id,
        String firstName,
        String lastName,
        LocalDate dateOfBirth,
        String email,
        String phone,
        ClientProfile profile,
        String primaryTherapistName,
        boolean archived,
        Boolean awaitingClearance) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
