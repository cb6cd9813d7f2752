package org.relieve.client;

import java.time.LocalDate;

import org.relieve.clinical.ClientProfile;

/** A client's demographics as every role that may see them sees them. */
public record ClientDetails(
        long id,
        String firstName,
        String lastName,
        LocalDate dateOfBirth,
        String email,
        String phone,
        ClientProfile profile,
        Long primaryTherapistId,
        String primaryTherapistName,
        LocalDate consentGivenOn,
        boolean archived,
        long version) {

    public String fullName() {
        return firstName + " " + lastName;
    }

    public ClientDemographics demographics() {
        return new ClientDemographics(firstName, lastName, dateOfBirth, email, phone, profile, primaryTherapistId,
                consentGivenOn);
    }
}
