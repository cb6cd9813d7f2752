package org.relieve.staff;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A bearer token for the API acting as its owner; only the hash of the token is stored. */
@Entity
@Table(name = "personal_access_token")
class PersonalAccessToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long staffAccountId;

    private String name;

    private String tokenHash;

    private Instant createdAt;

    private Instant expiresAt;

    private Instant lastUsedAt;

    private Instant revokedAt;

    protected PersonalAccessToken() {
    }

    PersonalAccessToken(long staffAccountId, String name, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.staffAccountId = staffAccountId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    AccessTokenDetails toDetails() {
        return new AccessTokenDetails(id, name, createdAt, expiresAt, lastUsedAt, revokedAt);
    }

    Long getId() {
        return id;
    }

    long getStaffAccountId() {
        return staffAccountId;
    }

    String getName() {
        return name;
    }

    Instant getLastUsedAt() {
        return lastUsedAt;
    }

    boolean isUsableAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }

    boolean isRevoked() {
        return revokedAt != null;
    }

    void revoke(Instant now) {
        this.revokedAt = now;
    }

    void markUsed(Instant now) {
        this.lastUsedAt = now;
    }

    boolean usedWithin(Duration span, Instant now) {
        return lastUsedAt != null && !lastUsedAt.isBefore(now.minus(span));
    }
}
