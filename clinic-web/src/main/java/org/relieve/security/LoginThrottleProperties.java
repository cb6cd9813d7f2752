package org.relieve.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed sign-ins slow guessing down ({@code relieve.security.login-throttle.*}). From the
 * {@code failuresBeforeLock}-th failure on, an account (or an address) is locked for
 * {@code firstLock}, doubling with every further failure up to {@code longestLock}. A key with no
 * failure for {@code forgetAfter} starts again from zero.
 *
 * @param accountFailuresBeforeLock failures of one username (from anywhere) before its first lock
 * @param addressFailuresBeforeLock failures from one address (any usernames) before its first lock;
 *                                  higher, because a clinic's front-desk computers share one address
 * @param trackedKeys               how many usernames, and separately how many addresses, are
 *                                  remembered at most (the least recently failed are forgotten first)
 */
@ConfigurationProperties("relieve.security.login-throttle")
public record LoginThrottleProperties(
        @DefaultValue("5") int accountFailuresBeforeLock,
        @DefaultValue("20") int addressFailuresBeforeLock,
        @DefaultValue("30s") Duration firstLock,
        @DefaultValue("15m") Duration longestLock,
        @DefaultValue("1h") Duration forgetAfter,
        @DefaultValue("10000") int trackedKeys) {

    public LoginThrottleProperties {
        if (accountFailuresBeforeLock < 1 || addressFailuresBeforeLock < 1 || trackedKeys < 1) {
            throw new IllegalArgumentException("relieve.security.login-throttle: counts must be at least 1");
        }
        if (firstLock.isNegative() || firstLock.isZero() || longestLock.compareTo(firstLock) < 0) {
            throw new IllegalArgumentException(
                    "relieve.security.login-throttle: first-lock must be positive and not longer than longest-lock");
        }
    }

    FailureCounter.Policy accountPolicy() {
        return new FailureCounter.Policy(accountFailuresBeforeLock, firstLock, longestLock, forgetAfter);
    }

    FailureCounter.Policy addressPolicy() {
        return new FailureCounter.Policy(addressFailuresBeforeLock, firstLock, longestLock, forgetAfter);
    }
}
