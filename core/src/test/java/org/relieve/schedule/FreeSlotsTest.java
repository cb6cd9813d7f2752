package org.relieve.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

class FreeSlotsTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);
    private static final List<TimeWindow> NINE_TO_TWELVE = List.of(new TimeWindow(LocalTime.of(9, 0), LocalTime.of(12, 0)));

    @Test
    void anEmptyMorningOffersEveryQuarterHourWhereTheAppointmentStillEndsInTime() {
        List<OffsetDateTime> free = FreeSlots.find(DAY, JAKARTA, NINE_TO_TWELVE, List.of(), Duration.ofMinutes(60), Duration.ZERO);
        assertThat(free).extracting(OffsetDateTime::toLocalTime).first().isEqualTo(LocalTime.of(9, 0));
        assertThat(free).extracting(OffsetDateTime::toLocalTime).last().isEqualTo(LocalTime.of(11, 0));
        assertThat(free).hasSize(9);
        assertThat(free.getFirst().getOffset().getTotalSeconds()).isEqualTo(7 * 3600);
    }

    @Test
    void aBookingAndItsBufferBlockTheTimesThatWouldOverlapThem() {
        Busy tenToElevenPlusFifteen = new Busy(at(10, 0), at(11, 15));
        List<LocalTime> free = FreeSlots.find(DAY, JAKARTA, NINE_TO_TWELVE, List.of(tenToElevenPlusFifteen),
                Duration.ofMinutes(30), Duration.ofMinutes(15)).stream().map(OffsetDateTime::toLocalTime).toList();
        // 09:15 + 30 min + 15 min buffer ends exactly at 10:00: still free; 09:30 would run into it
        assertThat(free).containsExactly(LocalTime.of(9, 0), LocalTime.of(9, 15), LocalTime.of(11, 15),
                LocalTime.of(11, 30));
    }

    @Test
    void noWorkingHoursMeansNoSlots() {
        assertThat(FreeSlots.find(DAY, JAKARTA, List.of(), List.of(), Duration.ofMinutes(30), Duration.ZERO)).isEmpty();
    }

    @Test
    void onTheDayClocksGoForwardTheMissingHourOffersNoSlots() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        LocalDate springForward = LocalDate.of(2026, 3, 29); // 02:00 → 03:00
        List<OffsetDateTime> free = FreeSlots.find(springForward, berlin,
                List.of(new TimeWindow(LocalTime.of(1, 0), LocalTime.of(4, 0))), List.of(), Duration.ofMinutes(60), Duration.ZERO);
        // the window 01:00–04:00 lasts two real hours that day, and 02:xx does not exist on the wall clock
        assertThat(free).extracting(OffsetDateTime::toLocalTime).containsExactly(LocalTime.of(1, 0),
                LocalTime.of(1, 15), LocalTime.of(1, 30), LocalTime.of(1, 45), LocalTime.of(3, 0));
        assertThat(Duration.between(free.get(3), free.get(4))).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void onTheDayClocksGoBackTheRepeatedHourIsOfferedInRealTime() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        LocalDate fallBack = LocalDate.of(2026, 10, 25); // 03:00 → 02:00
        List<OffsetDateTime> free = FreeSlots.find(fallBack, berlin,
                List.of(new TimeWindow(LocalTime.of(1, 0), LocalTime.of(4, 0))), List.of(), Duration.ofMinutes(60), Duration.ZERO);
        // the window 01:00–04:00 lasts four real hours that day
        assertThat(free).hasSize(13);
    }

    private static java.time.Instant at(int hour, int minute) {
        return DAY.atTime(hour, minute).atZone(JAKARTA).toInstant();
    }
}
