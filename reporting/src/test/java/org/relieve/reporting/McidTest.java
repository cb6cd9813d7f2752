package org.relieve.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class McidTest {

    @Test
    void fromTwoToNothingIsReached() {
        assertThat(Mcid.reached(2, 0)).isTrue();
    }

    @Test
    void twoPointsFromTenIsOnlyTwentyPercentSoNotReached() {
        assertThat(Mcid.reached(10, 8)).isFalse();
    }

    @Test
    void fromFiveToThreeIsTwoPointsAndFortyPercentSoReached() {
        assertThat(Mcid.reached(5, 3)).isTrue();
    }

    @Test
    void onePointFromFourIsNotReached() {
        assertThat(Mcid.reached(4, 3)).isFalse();
    }

    @ParameterizedTest(name = "baseline {0} → latest {1}: {2}")
    @CsvSource({
            "10, 7, true",   // exactly 3 points and exactly 30 %
            "10, 8, false",
            "7, 4, true",    // 3 points, 43 %
            "7, 5, false",   // 2 points but 28.6 %
            "6, 4, true",    // 2 points, 33 %
            "3, 1, true",
            "2, 1, false",
            "1, 0, false",   // 100 % but only 1 point
            "0, 0, false",
            "5, 5, false",
            "4, 6, false"    // worse
    })
    void bothTwoPointsAndThirtyPercentAreNeeded(int baseline, int latest, boolean reached) {
        assertThat(Mcid.reached(baseline, latest)).isEqualTo(reached);
    }

    @Test
    void withoutABaselineOrALatestScoreNothingIsReached() {
        assertThat(Mcid.reached(null, 0)).isFalse();
        assertThat(Mcid.reached(8, null)).isFalse();
        assertThat(Mcid.reached(null, null)).isFalse();
    }

    @Test
    void sqlPredicateNamesBothColumns() {
        assertThat(Mcid.sql("o.latest", "o.baseline"))
                .isEqualTo("(o.latest <= o.baseline - 2 and 10 * o.latest <= 7 * o.baseline)");
    }
}
