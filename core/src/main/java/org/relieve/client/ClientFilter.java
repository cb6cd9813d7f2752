package org.relieve.client;

/**
 * What the client list is narrowed to.
 *
 * @param text                  part of a name, email or phone number
 * @param primaryTherapistId    only the clients of this primary therapist
 * @param awaitingClearanceOnly only clients whose latest intake has red flags without clearance
 */
public record ClientFilter(String text, boolean includeArchived, Long primaryTherapistId, boolean awaitingClearanceOnly) {

    public static ClientFilter text(String text) {
        return new ClientFilter(text, false, null, false);
    }
}
