package org.relieve.staff;

/**
 * Published when an account's access changed under its owner's feet (disabled, password reset,
 * roles changed): whoever holds the owner's open sessions should end them.
 *
 * @param reason what changed, in words for the audit trail
 */
public record StaffAccessChanged(String username, String reason) {
}
