package org.relieve.security;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Failed sign-ins per key (a username or an address), in memory and bounded: when full, the key
 * that failed least recently is forgotten. Locks double from the first one up to the longest.
 * Not thread-safe on its own; {@link LoginThrottle} guards it.
 */
final class FailureCounter {

    record Policy(int failuresBeforeLock, Duration firstLock, Duration longestLock, Duration forgetAfter) {
    }

    /** What one more failure did: how many in a row now, and the lock it started (if any). */
    record Failure(int failures, Optional<Duration> lock) {
    }

    private static final class Failures {
        int count;
        Instant last;
        Instant lockedUntil = Instant.MIN;
    }

    private final Policy policy;
    private final Map<String, Failures> byKey;

    FailureCounter(Policy policy, int capacity) {
        this.policy = policy;
        this.byKey = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
                return size() > capacity;
            }
        };
    }

    /** How long the key is still locked, if it is. */
    Optional<Duration> lockRemaining(String key, Instant now) {
        Failures failures = current(key, now);
        if (failures == null || !now.isBefore(failures.lockedUntil)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, failures.lockedUntil));
    }

    Failure fail(String key, Instant now) {
        Failures failures = current(key, now);
        if (failures == null) {
            failures = new Failures();
            byKey.put(key, failures);
        }
        failures.count++;
        failures.last = now;
        Optional<Duration> lock = lockAfter(failures.count);
        if (lock.isPresent()) {
            failures.lockedUntil = now.plus(lock.get());
        }
        return new Failure(failures.count, lock);
    }

    void forget(String key) {
        byKey.remove(key);
    }

    int size() {
        return byKey.size();
    }

    /** The lock the n-th failure in a row earns: none before the threshold, then doubling to the cap. */
    Optional<Duration> lockAfter(int failures) {
        int beyond = failures - policy.failuresBeforeLock();
        if (beyond < 0) {
            return Optional.empty();
        }
        Duration lock = policy.firstLock();
        for (int i = 0; i < beyond && lock.compareTo(policy.longestLock()) < 0; i++) {
            lock = lock.multipliedBy(2);
        }
        return Optional.of(lock.compareTo(policy.longestLock()) > 0 ? policy.longestLock() : lock);
    }

    private Failures current(String key, Instant now) {
        Failures failures = byKey.get(key);
        if (failures != null && failures.last.plus(policy.forgetAfter()).isBefore(now)
                && !now.isBefore(failures.lockedUntil)) {
            byKey.remove(key);
            return null;
        }
        return failures;
    }
}
