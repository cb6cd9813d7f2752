package org.relieve.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class WorkingDayTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private static final List<WeeklyHours> WEEK = List.of(
            new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)),
            new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(14, 0), LocalTime.of(18, 0)),
            new WeeklyHours(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)));

    @Test
    void aRegularDayIsTheWeeksIntervalsForThatWeekday() {
        assertThat(WorkingDay.of(MONDAY, WEEK, List.of())).containsExactly(
                new TimeWindow(LocalTime.of(9, 0), LocalTime.of(13, 0)),
                new TimeWindow(LocalTime.of(14, 0), LocalTime.of(18, 0)));
        assertThat(WorkingDay.of(MONDAY.plusDays(1), WEEK, List.of())).isEmpty();
    }

    @Test
    void aWholeDayOffLeavesNothing() {
        assertThat(WorkingDay.of(MONDAY, WEEK, List.of(
                new HoursException(null, MONDAY, HoursException.Kind.TIME_OFF, null, null, "Holiday")))).isEmpty();
    }

    @Test
    void partialTimeOffCutsAHoleAndExtraHoursAreAdded() {
        List<TimeWindow> day = WorkingDay.of(MONDAY, WEEK, List.of(
                new HoursException(null, MONDAY, HoursException.Kind.TIME_OFF, LocalTime.of(10, 0), LocalTime.of(11, 0), "Dentist"),
                new HoursException(null, MONDAY, HoursException.Kind.EXTRA, LocalTime.of(13, 0), LocalTime.of(14, 0), "Cover")));
        assertThat(day).containsExactly(
                new TimeWindow(LocalTime.of(9, 0), LocalTime.of(10, 0)),
                new TimeWindow(LocalTime.of(11, 0), LocalTime.of(18, 0)));
    }

    @Test
    void exceptionsOnOtherDatesDoNotApply() {
        assertThat(WorkingDay.of(MONDAY, WEEK, List.of(new HoursException(null, MONDAY.plusDays(7),
                HoursException.Kind.TIME_OFF, null, null, null)))).hasSize(2);
    }
}
