package org.relieve.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class FailureCounterTest {

    private static final Instant NINE = Instant.parse("2026-03-02T09:00:00Z");
    private static final FailureCounter.Policy FIVE_THEN_DOUBLING =
            new FailureCounter.Policy(5, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(1));

    @Test
    void theFirstFourFailuresCostNothingThenLocksDoubleUpToFifteenMinutes() {
        FailureCounter counter = new FailureCounter(FIVE_THEN_DOUBLING, 100);

        assertThat(counter.lockAfter(1)).isEmpty();
        assertThat(counter.lockAfter(4)).isEmpty();
        assertThat(counter.lockAfter(5)).contains(Duration.ofSeconds(30));
        assertThat(counter.lockAfter(6)).contains(Duration.ofMinutes(1));
        assertThat(counter.lockAfter(7)).contains(Duration.ofMinutes(2));
        assertThat(counter.lockAfter(8)).contains(Duration.ofMinutes(4));
        assertThat(counter.lockAfter(9)).contains(Duration.ofMinutes(8));
        assertThat(counter.lockAfter(10)).contains(Duration.ofMinutes(15));
        assertThat(counter.lockAfter(1_000)).contains(Duration.ofMinutes(15));
    }

    @Test
    void aLockRunsOutWhileTheCountStays() {
        FailureCounter counter = new FailureCounter(FIVE_THEN_DOUBLING, 100);
        for (int i = 0; i < 4; i++) {
            assertThat(counter.fail("maya", NINE).lock()).isEmpty();
        }
        assertThat(counter.fail("maya", NINE).lock()).contains(Duration.ofSeconds(30));

        assertThat(counter.lockRemaining("maya", NINE.plusSeconds(10))).contains(Duration.ofSeconds(20));
        assertThat(counter.lockRemaining("maya", NINE.plusSeconds(30))).isEmpty();
        // the next failure after the lock locks again, for twice as long
        assertThat(counter.fail("maya", NINE.plusSeconds(31))).isEqualTo(
                new FailureCounter.Failure(6, Optional.of(Duration.ofMinutes(1))));
    }

    @Test
    void anHourWithoutFailuresStartsTheCountAfresh() {
        FailureCounter counter = new FailureCounter(FIVE_THEN_DOUBLING, 100);
        for (int i = 0; i < 5; i++) {
            counter.fail("maya", NINE);
        }

        assertThat(counter.fail("maya", NINE.plus(Duration.ofMinutes(61))).failures()).isEqualTo(1);
    }

    @Test
    void whenFullTheKeyThatFailedLeastRecentlyIsForgotten() {
        FailureCounter counter = new FailureCounter(FIVE_THEN_DOUBLING, 2);
        counter.fail("first", NINE);
        counter.fail("second", NINE);
        counter.fail("first", NINE);
        counter.fail("third", NINE);

        assertThat(counter.size()).isEqualTo(2);
        assertThat(counter.fail("second", NINE).failures()).isEqualTo(1);
        assertThat(counter.fail("first", NINE).failures()).isEqualTo(1); // evicted by "second" coming back
    }

    @Test
    void forgettingAKeyClearsItsLock() {
        FailureCounter counter = new FailureCounter(new FailureCounter.Policy(1, Duration.ofMinutes(1),
                Duration.ofMinutes(15), Duration.ofHours(1)), 10);
        counter.fail("maya", NINE);
        assertThat(counter.lockRemaining("maya", NINE)).isPresent();

        counter.forget("maya");

        assertThat(counter.lockRemaining("maya", NINE)).isEmpty();
    }
}
