package org.relieve.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.relieve.ClinicFixture;
import org.relieve.common.RunAs;
import org.springframework.stereotype.Component;

/**
 * Committed scheduling data for tests that must meet the real constraints: every test gets its own
 * rooms, clients and a day of its own far in the future, so tests never see each other's bookings.
 */
@Component
class SchedulingFixture {

    static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");
    private static final AtomicInteger DAYS = new AtomicInteger();

    private final ClinicFixture clinic;
    private final ClinicSetupService setup;

    SchedulingFixture(ClinicFixture clinic, ClinicSetupService setup) {
        this.clinic = clinic;
        this.setup = setup;
    }

    /** Staff exist, lee and kim work every weekday 09:00–18:00 and Saturday 09:00–13:00. */
    void clinicOpen() {
        clinic.staff();
        List<WeeklyHours> week = new java.util.ArrayList<>(Arrays.stream(DayOfWeek.values())
                .filter(day -> day.getValue() <= 5)
                .map(day -> new WeeklyHours(day, LocalTime.of(9, 0), LocalTime.of(18, 0))).toList());
        week.add(new WeeklyHours(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)));
        RunAs.user("boss", () -> {
            setup.replaceWeeklyHours(clinic.staffId("lee"), week);
            setup.replaceWeeklyHours(clinic.staffId("kim"), week);
        }, "MANAGER");
    }

    /** A weekday (Monday) of this test's own, years ahead. */
    LocalDate ownMonday() {
        return LocalDate.of(2030, 1, 7).plusWeeks(DAYS.incrementAndGet());
    }

    long room() {
        return RunAs.user("boss", () -> setup.addRoom("Room " + UUID.randomUUID().toString().substring(0, 8)), "MANAGER").id();
    }

    long client() {
        return clinic.registerClient("Test", "Client" + UUID.randomUUID().toString().substring(0, 8)).id();
    }

    long therapist(String username) {
        return clinic.staffId(username);
    }

    static OffsetDateTime at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(ZONE).toOffsetDateTime();
    }
}
