package org.relieve.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.relieve.audit.AuditAction;
import org.relieve.audit.AuditTrail;
import org.relieve.common.BusinessRuleException;
import org.relieve.common.ClinicProperties;
import org.relieve.common.RecordNotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Personal access tokens: how an account with two-factor sign-in calls the API, where a password
 * alone is not enough. Each person creates and revokes their own. A token is checked against the
 * database on every call, so revoking it or disabling its owner takes effect at once.
 */
@Service
@Validated
@Transactional
public class AccessTokenService {

    /** Marks our tokens, so a leaked one is recognisable (secret scanners look for such prefixes). */
    static final String PREFIX = "rlv_";
    static final int MAX_DAYS = 366;
    private static final String TARGET = "PersonalAccessToken";
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final PersonalAccessTokenRepository tokens;
    private final StaffAccountRepository accounts;
    private final AuditTrail auditTrail;
    private final ClinicProperties clinic;
    private final Clock clock;

    AccessTokenService(PersonalAccessTokenRepository tokens, StaffAccountRepository accounts, AuditTrail auditTrail,
                       ClinicProperties clinic, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.auditTrail = auditTrail;
        this.clinic = clinic;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AccessTokenDetails> myTokens() {
        return tokens.findByStaffAccountIdOrderByCreatedAtDesc(me().getId()).stream()
                .map(PersonalAccessToken::toDetails).toList();
    }

    /** A new token, valid up to the end of {@code expiresOn} in the clinic's time zone. */
    @PreAuthorize("isAuthenticated()")
    public IssuedAccessToken create(
            @NotBlank(message = "Name the token after what will use it.")
            @Size(max = 80, message = "Keep the name under 80 characters.") String name,
            @NotNull(message = "Choose the day the token expires.")
            @Future(message = "The expiry day must be after today.") LocalDate expiresOn) {
        LocalDate today = LocalDate.now(clock.withZone(clinic.zone()));
        if (expiresOn.isAfter(today.plusDays(MAX_DAYS))) {
            throw new BusinessRuleException("A token can live at most a year: choose an earlier expiry day.");
        }
        StaffAccount owner = me();
        String token = PREFIX + Hashes.randomUrlSafe(32);
        Instant expiresAt = expiresOn.plusDays(1).atStartOfDay(clinic.zone()).toInstant();
        PersonalAccessToken saved = tokens.saveAndFlush(new PersonalAccessToken(owner.getId(), name.strip(),
                Hashes.sha256(token), clock.instant(), expiresAt));
        auditTrail.record(AuditAction.CREATE, TARGET, saved.getId(), null,
                "'" + saved.getName() + "', expires " + expiresOn);
        return new IssuedAccessToken(token, saved.toDetails());
    }

    @PreAuthorize("isAuthenticated()")
    public void revoke(long tokenId) {
        PersonalAccessToken token = tokens.findById(tokenId)
                .filter(found -> found.getStaffAccountId() == me().getId())
                .orElseThrow(() -> new RecordNotFoundException("Access token", tokenId));
        if (!token.isRevoked()) {
            token.revoke(clock.instant());
            auditTrail.record(AuditAction.UPDATE, TARGET, tokenId, null, "'" + token.getName() + "' revoked");
        }
    }

    /**
     * Who the presented token acts for, if it is ours, not revoked, not expired and its owner's
     * account is enabled. Called by the API's security filter before anyone is signed in. The first
     * use of a token each day is audited (each use would drown the trail: the calls themselves are
     * audited by the services they reach); refused tokens always are.
     */
    public Optional<AccessTokenHolder> authenticate(String presented) {
        if (presented == null || !presented.startsWith(PREFIX)) {
            refused("(unknown token)", null, "not a Relieve access token");
            return Optional.empty();
        }
        Optional<PersonalAccessToken> found = tokens.findByTokenHash(Hashes.sha256(presented));
        if (found.isEmpty()) {
            refused("(unknown token)", null, "unknown access token");
            return Optional.empty();
        }
        PersonalAccessToken token = found.get();
        StaffAccount owner = accounts.findById(token.getStaffAccountId()).orElseThrow();
        Instant now = clock.instant();
        if (!token.isUsableAt(now) || !owner.isEnabled()) {
            String why = token.isRevoked() ? "revoked" : !owner.isEnabled() ? "owner's account disabled" : "expired";
            refused(owner.getUsername(), token.getId(), "access token '" + token.getName() + "' refused: " + why);
            return Optional.empty();
        }
        boolean firstUseToday = firstUseToday(token, now);
        if (firstUseToday) {
            auditTrail.recordFor(owner.getUsername(), AuditAction.LOGIN_SUCCEEDED, TARGET, token.getId(), null,
                    "access token '" + token.getName() + "' used (first use today)");
        }
        // a minute is precise enough to show; a script calling many times a minute then writes no row per call
        if (firstUseToday || !token.usedWithin(LAST_USED_PRECISION, now)) {
            token.markUsed(now);
        }
        return Optional.of(new AccessTokenHolder(owner.getUsername(), Set.copyOf(owner.getRoles()), token.getId()));
    }

    private boolean firstUseToday(PersonalAccessToken token, Instant now) {
        return token.getLastUsedAt() == null || token.getLastUsedAt().atZone(clinic.zone()).toLocalDate()
                .isBefore(now.atZone(clinic.zone()).toLocalDate());
    }

    private void refused(String actor, Long tokenId, String detail) {
        auditTrail.recordFor(actor, AuditAction.LOGIN_FAILED, TARGET, tokenId, null, detail);
    }

    private StaffAccount me() {
        String username = SecurityContextHolder.getContext().getAuthentication().getName();
        return accounts.findByUsername(username).orElseThrow(() -> new RecordNotFoundException("Staff account", username));
    }
}
