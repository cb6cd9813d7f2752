package org.relieve.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

/**
 * Remembers failed sign-ins per username and per source address and says when either is locked.
 * In memory on purpose (see DD005): a restart forgets the counts, which costs an attacker nothing
 * they could not get by waiting, and a sign-in attempt never has to write to the database.
 * Usernames count whether or not such an account exists, so a lock tells nobody which names are real.
 */
@Component
public class LoginThrottle {

    /** A lock that a failure just started, for the audit trail. */
    public record LockStarted(String subject, int failures, Duration lock) {
    }

    private final FailureCounter accounts;
    private final FailureCounter addresses;
    private final Clock clock;

    LoginThrottle(LoginThrottleProperties properties, Clock clock) {
        this.accounts = new FailureCounter(properties.accountPolicy(), properties.trackedKeys());
        this.addresses = new FailureCounter(properties.addressPolicy(), properties.trackedKeys());
        this.clock = clock;
    }

    /** How long sign-ins for this username, or from this address, must still wait; empty if they may try. */
    public synchronized Optional<Duration> lockRemaining(String username, String address) {
        Instant now = clock.instant();
        return Stream.of(accounts.lockRemaining(account(username), now), addresses.lockRemaining(address, now))
                .flatMap(Optional::stream)
                .max(Duration::compareTo);
    }

    /** Counts a failed sign-in against both the username and the address. */
    public synchronized List<LockStarted> failed(String username, String address) {
        Instant now = clock.instant();
        List<LockStarted> locks = new ArrayList<>(2);
        FailureCounter.Failure forAccount = accounts.fail(account(username), now);
        forAccount.lock().ifPresent(lock ->
                locks.add(new LockStarted("account '" + account(username) + "'", forAccount.failures(), lock)));
        FailureCounter.Failure fromAddress = addresses.fail(address, now);
        fromAddress.lock().ifPresent(lock ->
                locks.add(new LockStarted("address " + address, fromAddress.failures(), lock)));
        return locks;
    }

    /**
     * A correct password clears the account's count. The address keeps its count: one valid login
     * of the guesser's own must not buy another round of guesses at everybody else.
     */
    public synchronized void succeeded(String username) {
        accounts.forget(account(username));
    }

    private static String account(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
