package org.relieve.benchmark;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.relieve.ClinicFixture;
import org.relieve.common.ConflictException;
import org.relieve.common.RunAs;
import org.relieve.schedule.AppointmentService;
import org.relieve.schedule.Booking;
import org.relieve.schedule.ClinicSetupService;
import org.relieve.schedule.WeeklyHours;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sixteen front-desk sessions booking into one contended day for 20 s each round: through the
 * service (validation, conflict naming, audit), as raw inserts into the constrained table, and as
 * raw inserts into the same table without the exclusion constraints. Prints bookings/s, p95
 * latency and the overlaps found afterwards (must be 0 where the constraints hold).
 * Run: {@code ./mvnw -pl core verify -Pbenchmark -Dtest=BookingBenchmark}.
 */
@SpringBootTest(properties = "spring.datasource.hikari.maximum-pool-size=20")
class BookingBenchmark {

    private static final int THREADS = 16;
    private static final Duration ROUND = Duration.ofSeconds(Integer.getInteger("benchmark.seconds", 20));
    private static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    @Autowired
    AppointmentService appointments;

    @Autowired
    ClinicSetupService setup;

    @Autowired
    ClinicFixture clinic;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    org.springframework.transaction.support.TransactionTemplate transaction;

    private final AtomicLong deadlocks = new AtomicLong();

    @Test
    void sixteenClientsBookingOneDay() throws Exception {
        transaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
        clinic.staff();
        List<Long> therapists = List.of(clinic.staffId("lee"), clinic.staffId("kim"));
        List<WeeklyHours> week = new ArrayList<>();
        for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
            week.add(new WeeklyHours(day, java.time.LocalTime.of(8, 0), java.time.LocalTime.of(20, 0)));
        }
        List<Long> rooms = RunAs.user("boss", () -> {
            therapists.forEach(t -> setup.replaceWeeklyHours(t, week));
            return List.of(setup.addRoom("Bench A " + System.nanoTime()).id(), setup.addRoom("Bench B " + System.nanoTime()).id(),
                    setup.addRoom("Bench C " + System.nanoTime()).id());
        }, "MANAGER");
        jdbc.update("""
                insert into client (first_name, last_name, date_of_birth, profile, created_by)
                select 'Bench', 'Client ' || n, date '1980-01-01', 'OTHER', 'benchmark' from generate_series(1, 300) n""");
        List<Long> clients = jdbc.queryForList("select id from client where created_by = 'benchmark'", Long.class);
        jdbc.execute("create table if not exists appointment_plain (like appointment including defaults including identity)");

        LocalDate serviceDay = LocalDate.of(2032, 3, 1);
        LocalDate rawDay = serviceDay.plusDays(1);
        LocalDate plainDay = serviceDay.plusDays(2);

        System.out.println();
        report("service (validation, conflicts named, audit)", run(() -> {
            Attempt a = Attempt.random(serviceDay, therapists, rooms, clients);
            try {
                RunAs.user("desk", () -> appointments.book(new Booking(a.client, a.therapist, a.room, a.start, a.start.plusMinutes(60))),
                        "FRONT_DESK");
                return true;
            } catch (ConflictException e) {
                return false;
            }
        }), overlaps("appointment", serviceDay));
        report("raw insert, constraints, no day lock", run(() -> insert("appointment", Attempt.random(rawDay, therapists, rooms, clients), false)),
                overlaps("appointment", rawDay));
        LocalDate lockedDay = serviceDay.plusDays(3);
        report("raw insert, constraints + day lock", run(() -> insert("appointment", Attempt.random(lockedDay, therapists, rooms, clients), true)),
                overlaps("appointment", lockedDay));
        report("raw insert, no constraints", run(() -> insert("appointment_plain", Attempt.random(plainDay, therapists, rooms, clients), false)),
                overlaps("appointment_plain", plainDay));
        jdbc.execute("drop table appointment_plain");
        jdbc.execute("drop index if exists appointment_bench_overlap");
    }

    private boolean insert(String table, Attempt a, boolean dayLock) {
        try {
            return Boolean.TRUE.equals(transaction.execute(status -> insertNow(table, a, dayLock)));
        } catch (DataIntegrityViolationException e) {
            return false;
        } catch (org.springframework.dao.PessimisticLockingFailureException e) {
            deadlocks.incrementAndGet();
            return false;
        }
    }

    private boolean insertNow(String table, Attempt a, boolean dayLock) {
        if (dayLock) {
            jdbc.queryForList("select pg_advisory_xact_lock(1380272214, ?)", (int) a.start.toLocalDate().toEpochDay());
        }
        {
            jdbc.update("insert into " + table + " (client_id, therapist_id, room_id, starts_at, ends_at, blocked_until, created_by)"
                    + " values (?, ?, ?, ?, ?, ?, 'benchmark')", a.client, a.therapist, a.room,
                    Timestamp.from(a.start.toInstant()), Timestamp.from(a.start.plusMinutes(60).toInstant()),
                    Timestamp.from(a.start.plusMinutes(60).toInstant()));
            return true;
        }
    }

    private record Attempt(long client, long therapist, long room, OffsetDateTime start) {
        static Attempt random(LocalDate day, List<Long> therapists, List<Long> rooms, List<Long> clients) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            OffsetDateTime start = day.atTime(9, 0).atZone(ZONE).toOffsetDateTime().plusMinutes(15L * random.nextInt(32));
            return new Attempt(clients.get(random.nextInt(clients.size())), therapists.get(random.nextInt(therapists.size())),
                    rooms.get(random.nextInt(rooms.size())), start);
        }
    }

    private record Result(long attempts, long booked, List<Long> latenciesMicros, double seconds) {
    }

    private Result run(java.util.concurrent.Callable<Boolean> attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        AtomicLong attempts = new AtomicLong();
        AtomicLong booked = new AtomicLong();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + ROUND.toNanos();
        long started = System.nanoTime();
        for (int i = 0; i < THREADS; i++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long t = System.nanoTime();
                    try {
                        if (attempt.call()) {
                            booked.incrementAndGet();
                        }
                    } catch (Exception e) {
                        System.out.println("unexpected: " + e);
                    }
                    latencies.add((System.nanoTime() - t) / 1000);
                    attempts.incrementAndGet();
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(ROUND.toSeconds() + 60, java.util.concurrent.TimeUnit.SECONDS);
        return new Result(attempts.get(), booked.get(), latencies, (System.nanoTime() - started) / 1e9);
    }

    /** Pairs of bookings of one therapist that overlap (an index makes the count quick on 60 000 rows). */
    private long overlaps(String table, LocalDate day) {
        jdbc.execute("create index if not exists " + table + "_bench_overlap on " + table
                + " using gist (therapist_id, tstzrange(starts_at, blocked_until))");
        return jdbc.queryForObject("""
                select count(*) from %s a join %s b on a.therapist_id = b.therapist_id and a.id < b.id
                   and tstzrange(a.starts_at, a.blocked_until) && tstzrange(b.starts_at, b.blocked_until)
                 where a.starts_at >= ? and a.starts_at < ? and a.status = 'BOOKED' and b.status = 'BOOKED'"""
                .formatted(table, table), Long.class, java.sql.Timestamp.valueOf(day.atStartOfDay().minusDays(1)),
                java.sql.Timestamp.valueOf(day.atStartOfDay().plusDays(2)));
    }

    private void report(String label, Result result, long overlaps) {
        List<Long> sorted = new ArrayList<>(result.latenciesMicros);
        Collections.sort(sorted);
        double p95 = sorted.isEmpty() ? 0 : sorted.get((int) (sorted.size() * 0.95)) / 1000.0;
        System.out.printf("%-40s %7d attempts %5d booked  %8.1f attempts/s  p95 %7.2f ms  deadlocks %4d  overlaps %d%n",
                label, result.attempts, result.booked, result.attempts / result.seconds, p95, deadlocks.getAndSet(0), overlaps);
    }
}
