package org.relieve.staff;

import java.time.Instant;

/** A personal access token as its owner sees it later: never the token itself. */
public record AccessTokenDetails(long id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
                                 Instant revokedAt) {

    public String statusAt(Instant now) {
        if (revokedAt != null) {
            return "Revoked";
        }
        return expiresAt.isAfter(now) ? "Active" : "Expired";
    }

    public boolean revocable() {
        return revokedAt == null;
    }
}
