package org.relieve.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The throttle's behaviour over time with its default settings, on a clock the test moves. */
class LoginThrottleTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(defaults(), clock);

    private static LoginThrottleProperties defaults() {
        return new LoginThrottleProperties(5, 20, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(1),
                10_000);
    }

    @Test
    void anAccountIsLockedFromItsFifthFailureWhateverTheAddress() {
        List<String> seen = new ArrayList<>();
        for (int failure = 1; failure <= 11; failure++) {
            String address = "10.0.0." + failure; // a different address each time: only the account counts
            throttle.lockRemaining("maya", address).ifPresent(wait -> clock.move(wait));
            List<LoginThrottle.LockStarted> locks = throttle.failed("maya", address);
            seen.add(failure + ":" + locks.stream().map(lock -> lock.lock().toSeconds() + "s").toList());
        }

        assertThat(seen).containsExactly("1:[]", "2:[]", "3:[]", "4:[]", "5:[30s]", "6:[60s]", "7:[120s]",
                "8:[240s]", "9:[480s]", "10:[900s]", "11:[900s]");
        assertThat(throttle.lockRemaining("maya", "10.0.0.99")).contains(Duration.ofMinutes(15));
        assertThat(throttle.lockRemaining("arif", "10.0.0.99")).isEmpty();
    }

    @Test
    void usernamesCountWithoutRegardToCaseOrSpaces() {
        for (int failure = 1; failure <= 5; failure++) {
            throttle.failed(failure % 2 == 0 ? " MAYA " : "maya", "10.0.1." + failure);
        }

        assertThat(throttle.lockRemaining("Maya", "10.0.1.99")).contains(Duration.ofSeconds(30));
    }

    @Test
    void anAddressIsLockedFromItsTwentiethFailureAcrossUsernames() {
        for (int failure = 1; failure <= 19; failure++) {
            assertThat(throttle.failed("guess-" + failure, "203.0.113.7")).isEmpty();
        }
        List<LoginThrottle.LockStarted> locks = throttle.failed("guess-20", "203.0.113.7");

        assertThat(locks).containsExactly(new LoginThrottle.LockStarted("address 203.0.113.7", 20, Duration.ofSeconds(30)));
        assertThat(throttle.lockRemaining("maya", "203.0.113.7")).contains(Duration.ofSeconds(30));
        assertThat(throttle.lockRemaining("maya", "198.51.100.1")).isEmpty();
    }

    @Test
    void aCorrectPasswordClearsTheAccountButNotTheAddress() {
        for (int failure = 1; failure <= 4; failure++) {
            throttle.failed("maya", "203.0.113.8");
        }
        throttle.succeeded("maya");

        assertThat(throttle.failed("maya", "203.0.113.8")).isEmpty(); // the account starts again from one
        for (int failure = 6; failure < 20; failure++) {
            throttle.failed("other-" + failure, "203.0.113.8");
        }
        assertThat(throttle.failed("maya", "203.0.113.8")).extracting(LoginThrottle.LockStarted::subject)
                .containsExactly("address 203.0.113.8"); // the address kept counting: twentieth failure
    }

    @Test
    void theLongerOfTwoLocksIsTheOneToWaitFor() {
        for (int failure = 1; failure <= 6; failure++) {
            throttle.failed("maya", "10.0.2." + failure);
        }
        for (int failure = 1; failure <= 20; failure++) {
            throttle.failed("someone-" + failure, "10.0.2.200");
        }

        assertThat(throttle.lockRemaining("maya", "10.0.2.200")).contains(Duration.ofMinutes(1));
        clock.move(Duration.ofSeconds(45));
        assertThat(throttle.lockRemaining("maya", "10.0.2.200")).contains(Duration.ofSeconds(15));
        clock.move(Duration.ofSeconds(15));
        assertThat(throttle.lockRemaining("maya", "10.0.2.200")).isEmpty();
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void move(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
