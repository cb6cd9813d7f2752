package org.relieve.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeSet;

import org.relieve.common.ClinicProperties;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Serialises bookings of the same clinic day with a transaction-scoped PostgreSQL advisory lock.
 * The exclusion constraints alone already make double booking impossible, but concurrent inserts
 * that each check three constraints (therapist, room, client) can deadlock, and every deadlock costs
 * PostgreSQL's deadlock_timeout (1 s) before one side is killed. Taking one lock per day, always in
 * date order, removes those deadlocks; bookings of different days still run in parallel.
 */
@Component
class DayLock {

    /** The advisory-lock namespace of appointment days (the other int is the epoch day). */
    private static final int APPOINTMENT_DAYS = 0x5245_4C56; // "RELV"

    private final NamedParameterJdbcTemplate jdbc;
    private final ZoneId zone;

    DayLock(NamedParameterJdbcTemplate jdbc, ClinicProperties clinic) {
        this.jdbc = jdbc;
        this.zone = clinic.zone();
    }

    /** Locks every clinic day the instants fall on, until the current transaction ends. */
    void lockDaysOf(Instant... instants) {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (Instant instant : instants) {
            days.add(instant.atZone(zone).toLocalDate());
        }
        for (LocalDate day : days) {
            jdbc.queryForList("select pg_advisory_xact_lock(:space, :day)",
                    Map.of("space", APPOINTMENT_DAYS, "day", (int) day.toEpochDay()));
        }
    }
}
