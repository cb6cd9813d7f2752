package org.relieve.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class TotpCodesTest {

    /** The RFC 6238 test key ("12345678901234567890" in Base32). */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    private static final Instant NOON = Instant.parse("2026-11-27T12:00:10Z");

    private final TotpCodes codes = new TotpCodes(Clock.fixed(NOON, ZoneOffset.UTC));

    @Test
    void theCodeOfTheCurrentStepIsAcceptedAndNamesItsStep() {
        long step = NOON.getEpochSecond() / 30;

        assertThat(codes.matchingStep(RFC_SECRET, codes.codeFor(RFC_SECRET, step))).hasValue(step);
    }

    @Test
    void codesMatchTheRfc6238TestVector() {
        // RFC 6238 appendix B: T = 59 s → 94287082 with 8 digits; authenticator apps show the last six
        assertThat(codes.codeFor(RFC_SECRET, 59 / 30)).isEqualTo("287082");
    }

    @Test
    void theCodeOfThePreviousStepIsStillAcceptedForWhoeverTypedAsTheStepTurned() {
        long previous = NOON.getEpochSecond() / 30 - 1;

        assertThat(codes.matchingStep(RFC_SECRET, codes.codeFor(RFC_SECRET, previous))).hasValue(previous);
    }

    @Test
    void aCodeTwoStepsOldOrFromTheNextStepIsRefused() {
        long now = NOON.getEpochSecond() / 30;

        assertThat(codes.matchingStep(RFC_SECRET, codes.codeFor(RFC_SECRET, now - 2))).isEmpty();
        assertThat(codes.matchingStep(RFC_SECRET, codes.codeFor(RFC_SECRET, now + 1))).isEmpty();
    }

    @Test
    void aWrongOrMalformedCodeIsRefused() {
        String right = codes.codeFor(RFC_SECRET, NOON.getEpochSecond() / 30);
        String wrong = String.format("%06d", (Integer.parseInt(right) + 1) % 1_000_000);

        assertThat(codes.matchingStep(RFC_SECRET, wrong)).isEmpty();
        assertThat(codes.matchingStep(RFC_SECRET, "12345")).isEmpty();
        assertThat(codes.matchingStep(RFC_SECRET, "abcdef")).isEmpty();
        assertThat(codes.matchingStep(RFC_SECRET, null)).isEmpty();
    }

    @Test
    void spacesPeopleTypeInsideTheCodeAreIgnored() {
        String right = codes.codeFor(RFC_SECRET, NOON.getEpochSecond() / 30);

        assertThat(codes.matchingStep(RFC_SECRET, right.substring(0, 3) + " " + right.substring(3))).isPresent();
    }

    @Test
    void aCodeAlreadyAcceptedIsAReplayEvenWhileItIsStillValid() {
        StaffTwoFactor twoFactor = new StaffTwoFactor(1, "plain:" + RFC_SECRET);
        long step = codes.matchingStep(RFC_SECRET, codes.codeFor(RFC_SECRET, NOON.getEpochSecond() / 30))
                .orElseThrow();
        twoFactor.confirm(NOON, step);

        long again = codes.matchingStep(RFC_SECRET, codes.codeFor(RFC_SECRET, step)).orElseThrow();
        long previous = codes.matchingStep(RFC_SECRET, codes.codeFor(RFC_SECRET, step - 1)).orElseThrow();

        assertThat(twoFactor.alreadyUsed(again)).isTrue();
        assertThat(twoFactor.alreadyUsed(previous)).as("an older code after a newer one").isTrue();
        assertThat(twoFactor.alreadyUsed(step + 1)).isFalse();
    }

    @Test
    void fiveWrongCodesInARowLockCodesForFiveMinutesThenTheStreakIsForgotten() {
        StaffTwoFactor twoFactor = new StaffTwoFactor(1, "plain:" + RFC_SECRET);
        for (int i = 0; i < 4; i++) {
            twoFactor.recordFailure(NOON.plusSeconds(i));
        }
        assertThat(twoFactor.lockedAt(NOON.plusSeconds(5))).isFalse();

        assertThat(twoFactor.recordFailure(NOON.plusSeconds(5))).isEqualTo(5);

        assertThat(twoFactor.lockedAt(NOON.plusSeconds(6))).isTrue();
        assertThat(twoFactor.lockedAt(NOON.plusSeconds(5 + 300))).isFalse();
        assertThat(twoFactor.recordFailure(NOON.plusSeconds(5 + 300))).isEqualTo(1);
    }

    @Test
    void aRightCodeEndsAStreakOfWrongOnes() {
        StaffTwoFactor twoFactor = new StaffTwoFactor(1, "plain:" + RFC_SECRET);
        twoFactor.recordFailure(NOON);
        twoFactor.recordFailure(NOON.plusSeconds(1));

        twoFactor.accept(NOON.getEpochSecond() / 30);

        assertThat(twoFactor.recordFailure(NOON.plusSeconds(2))).isEqualTo(1);
    }
}
