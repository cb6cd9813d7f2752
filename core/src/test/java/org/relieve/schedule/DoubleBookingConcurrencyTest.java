package org.relieve.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relieve.schedule.SchedulingFixture.at;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relieve.common.ConflictException;
import org.relieve.common.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many front-desk sessions grabbing the same slot at the same instant: exactly one booking wins,
 * every other one gets the conflict message, and the table holds no overlap.
 */
@SpringBootTest
class DoubleBookingConcurrencyTest {

    private static final int THREADS = 12;

    @Autowired
    AppointmentService appointments;

    @Autowired
    SchedulingFixture fixture;

    @Autowired
    JdbcTemplate jdbc;

    LocalDate monday;

    @BeforeEach
    void openClinic() {
        fixture.clinicOpen();
        monday = fixture.ownMonday();
    }

    @Test
    void concurrentBookingsOfOneTherapistLeaveExactlyOne() throws Exception {
        long lee = fixture.therapist("lee");
        List<Callable<String>> attempts = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            long room = fixture.room();
            long client = fixture.client();
            int minute = (i % 4) * 10; // overlapping, not identical, ranges
            attempts.add(() -> appointments.book(new Booking(client, lee, room, at(monday, 10, minute),
                    at(monday, 11, minute))).therapistName());
        }
        assertExactlyOneWins(attempts, "Dr Lee is already booked");
        assertThat(overlaps("therapist_id")).isZero();
    }

    @Test
    void concurrentBookingsOfOneRoomLeaveExactlyOne() throws Exception {
        long room = fixture.room();
        List<Callable<String>> attempts = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            long client = fixture.client();
            long therapist = fixture.therapist(i % 2 == 0 ? "lee" : "kim");
            attempts.add(() -> appointments.book(new Booking(client, therapist, room, at(monday, 15, 0),
                    at(monday, 16, 0))).roomName());
        }
        // both therapists compete: the losers hear of the room or of their own therapist being taken
        assertExactlyOneWins(attempts, "booked");
        assertThat(overlaps("room_id")).isZero();
        assertThat(overlaps("therapist_id")).isZero();
    }

    private void assertExactlyOneWins(List<Callable<String>> attempts, String conflictWording) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (Callable<String> attempt : attempts) {
            results.add(pool.submit(() -> {
                start.await();
                return RunAs.user("desk", () -> {
                    try {
                        return "OK " + attempt.call();
                    } catch (ConflictException e) {
                        return "CONFLICT " + e.getMessage();
                    } catch (Exception e) {
                        return "ERROR " + e;
                    }
                }, "FRONT_DESK");
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> result : results) {
            outcomes.add(result.get());
        }
        pool.shutdown();
        assertThat(outcomes).filteredOn(o -> o.startsWith("OK")).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o.startsWith("CONFLICT")).hasSize(attempts.size() - 1)
                .allSatisfy(o -> assertThat(o).contains(conflictWording));
    }

    private long overlaps(String column) {
        return jdbc.queryForObject("select count(*) from appointment a join appointment b on a." + column + " = b." + column
                + " and a.id < b.id and a.status in ('BOOKED','CHECKED_IN','COMPLETED') and b.status in ('BOOKED','CHECKED_IN','COMPLETED')"
                + " and tstzrange(a.starts_at, a.blocked_until) && tstzrange(b.starts_at, b.blocked_until)", Long.class);
    }
}
