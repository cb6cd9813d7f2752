package org.relieve.ui.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Where a click on a column lands in time, and how far the grid reaches. */
class TimeScaleTest {

    private final TimeScale usual = TimeScale.USUAL;

    @Test
    void aClickIsRoundedDownToTheQuarterHourItFallsIn() {
        assertThat(usual.timeAt(0)).isEqualTo(LocalTime.of(8, 0));
        assertThat(usual.timeAt(180)).isEqualTo(LocalTime.of(10, 0));
        assertThat(usual.timeAt(180 + 14 * 1.5 + 1)).isEqualTo(LocalTime.of(10, 0));
        assertThat(usual.timeAt(180 + 15 * 1.5)).isEqualTo(LocalTime.of(10, 15));
        assertThat(usual.timeAt(180 + 44 * 1.5)).isEqualTo(LocalTime.of(10, 30));
    }

    @Test
    void aClickOffTheGridStillGivesABookableStart() {
        assertThat(usual.timeAt(-20)).isEqualTo(LocalTime.of(8, 0));
        assertThat(usual.timeAt(usual.heightPx())).isEqualTo(LocalTime.of(18, 45));
        assertThat(usual.timeAt(10_000)).isEqualTo(LocalTime.of(18, 45));
    }

    @Test
    void blocksArePlacedByMinutesSinceTheGridsStart() {
        assertThat(usual.topPx(LocalTime.of(10, 0))).isEqualTo(180);
        assertThat(usual.heightPx(LocalTime.of(10, 0), LocalTime.of(11, 0))).isEqualTo(90);
        assertThat(usual.timeAt(usual.topPx(LocalTime.of(13, 45)))).isEqualTo(LocalTime.of(13, 45));
        assertThat(usual.rows()).isEqualTo(22);
    }

    @Test
    void theGridWidensToWholeHoursToShowAnEarlyOrLateBooking() {
        TimeScale widened = TimeScale.covering(List.of(LocalTime.of(7, 30)), List.of(LocalTime.of(20, 15)));
        assertThat(widened).isEqualTo(new TimeScale(7 * 60, 21 * 60));
        assertThat(TimeScale.covering(List.of(LocalTime.of(9, 0)), List.of(LocalTime.of(10, 0)))).isEqualTo(usual);
        assertThat(TimeScale.covering(List.of(LocalTime.of(22, 0)), List.of(LocalTime.MIDNIGHT)).lastMinute())
                .isEqualTo(24 * 60);
    }
}
