package org.relieve.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.relieve.schedule.SchedulingFixture.at;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relieve.common.BusinessRuleException;
import org.relieve.common.ConflictException;
import org.relieve.common.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Booking rules on the real database. Not @Transactional: the exclusion constraints act on commits. */
@SpringBootTest
class AppointmentServiceTest {

    @Autowired
    AppointmentService appointments;

    @Autowired
    ClinicSetupService setup;

    @Autowired
    SchedulingFixture fixture;

    @Autowired
    JdbcTemplate jdbc;

    LocalDate monday;
    long lee;
    long kim;
    long room1;
    long room2;
    long ayu;
    long budi;

    @BeforeEach
    void openClinic() {
        fixture.clinicOpen();
        monday = fixture.ownMonday();
        lee = fixture.therapist("lee");
        kim = fixture.therapist("kim");
        room1 = fixture.room();
        room2 = fixture.room();
        ayu = fixture.client();
        budi = fixture.client();
    }

    @Test
    void theSameTherapistCannotBeBookedTwiceAndTheMessageSaysWhen() {
        book(ayu, lee, room1, at(monday, 10, 0), at(monday, 11, 0));

        assertThatThrownBy(() -> book(budi, lee, room2, at(monday, 10, 30), at(monday, 11, 30)))
                .isInstanceOf(ConflictException.class)
                .hasMessageStartingWith("Dr Lee is already booked")
                .hasMessageContaining("10:00–11:00");
    }

    @Test
    void theSameRoomCannotBeBookedTwice() {
        book(ayu, lee, room1, at(monday, 10, 0), at(monday, 11, 0));

        assertThatThrownBy(() -> book(budi, kim, room1, at(monday, 10, 45), at(monday, 11, 45)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("is booked")
                .hasMessageContaining("10:00–11:00");
    }

    @Test
    void theSameClientCannotBeInTwoAppointmentsAtOnce() {
        book(ayu, lee, room1, at(monday, 10, 0), at(monday, 11, 0));

        assertThatThrownBy(() -> book(ayu, kim, room2, at(monday, 10, 30), at(monday, 11, 30)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("already has an appointment");
    }

    @Test
    void backToBackIsFineAndACancelledAppointmentFreesItsSlot() {
        AppointmentDetails first = book(ayu, lee, room1, at(monday, 10, 0), at(monday, 11, 0));
        book(budi, lee, room1, at(monday, 11, 0), at(monday, 12, 0));

        asDesk(() -> appointments.cancel(first.id(), "Client is ill"));
        AppointmentDetails replacement = book(budi, lee, room2, at(monday, 10, 0), at(monday, 11, 0));
        assertThat(replacement.status()).isEqualTo(AppointmentStatus.BOOKED);
    }

    @Test
    void theBufferAfterAnAppointmentKeepsTherapistAndRoomTaken() {
        AppointmentTypeDetails massage = RunAs.user("boss", () -> setup.saveAppointmentType(
                new AppointmentTypeDetails(null, "Massage " + System.nanoTime(), 60, 15, true, 0)), "MANAGER");
        asDesk(() -> appointments.book(new Booking(ayu, lee, room1, at(monday, 10, 0), at(monday, 11, 0),
                massage.id(), null, null)));

        assertThatThrownBy(() -> book(budi, lee, room2, at(monday, 11, 0), at(monday, 12, 0)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("then 15 min");
        book(budi, lee, room2, at(monday, 11, 15), at(monday, 12, 15));
    }

    @Test
    void outsideWorkingHoursNeedsAReasonButAnOverlapWinsOverThat() {
        assertThatThrownBy(() -> book(ayu, lee, room1, at(monday, 19, 0), at(monday, 20, 0)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("works 09:00–18:00");
        assertThat(jdbc.queryForObject("select count(*) from appointment where client_id = ?", Long.class, ayu)).isZero();

        asDesk(() -> appointments.book(new Booking(ayu, lee, room1, at(monday, 19, 0), at(monday, 20, 0), null, null,
                "Late appointment agreed with Dr Lee")));
        assertThatThrownBy(() -> book(budi, lee, room2, at(monday, 19, 30), at(monday, 20, 30)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aPastAppointmentCanBeRecordedAndCheckedInButANoShowOnlyAfterItStarts() {
        LocalDate lastMonday = LocalDate.now(SchedulingFixture.ZONE).with(java.time.DayOfWeek.MONDAY).minusWeeks(1);
        AppointmentDetails walkIn = asDesk(() -> appointments.book(new Booking(ayu, lee, room1,
                at(lastMonday, 10, 0), at(lastMonday, 11, 0), null, "Walk-in recorded afterwards", null)));
        assertThat(asDesk(() -> appointments.checkIn(walkIn.id())).status()).isEqualTo(AppointmentStatus.CHECKED_IN);

        AppointmentDetails future = book(budi, lee, room1, at(monday, 10, 0), at(monday, 11, 0));
        assertThatThrownBy(() -> asDesk(() -> appointments.markNoShow(future.id())))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void reschedulingMovesAtomicallyAndTheOldSlotIsFreeOnlyAfterwards() {
        AppointmentDetails moving = book(ayu, lee, room1, at(monday, 10, 0), at(monday, 11, 0));
        book(budi, lee, room2, at(monday, 14, 0), at(monday, 15, 0));

        assertThatThrownBy(() -> asDesk(() -> appointments.reschedule(moving.id(), at(monday, 14, 30),
                at(monday, 15, 30), null, null))).isInstanceOf(ConflictException.class);
        assertThat(asDesk(() -> appointments.get(moving.id())).start()).isEqualTo(at(monday, 10, 0));

        AppointmentDetails moved = asDesk(() -> appointments.reschedule(moving.id(), at(monday, 12, 0),
                at(monday, 13, 0), room2, null));
        assertThat(moved.start().toLocalTime()).isEqualTo(LocalTime.of(12, 0));
        assertThat(moved.roomId()).isEqualTo(room2);
        book(budi, kim, room1, at(monday, 10, 0), at(monday, 11, 0));
    }

    @Test
    void aTherapistChangesOnlyTheirOwnAppointmentsAndManagersOnlyRead() {
        AppointmentDetails kims = book(ayu, kim, room1, at(monday, 10, 0), at(monday, 11, 0));

        assertThatThrownBy(() -> RunAs.user("lee", () -> appointments.checkIn(kims.id()), "THERAPIST"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(RunAs.user("kim", () -> appointments.checkIn(kims.id()), "THERAPIST").status())
                .isEqualTo(AppointmentStatus.CHECKED_IN);
        assertThatThrownBy(() -> RunAs.user("boss", () -> appointments.book(new Booking(budi, lee, room2,
                at(monday, 12, 0), at(monday, 13, 0))), "MANAGER"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(RunAs.user("boss", () -> appointments.onDay(monday, null, null), "MANAGER")).isNotEmpty();
    }

    @Test
    void freeStartsHonourHoursBookingsAndTimeOff() {
        book(ayu, lee, room1, at(monday, 9, 0), at(monday, 17, 0));
        assertThat(asDesk(() -> appointments.freeStarts(lee, monday, 60, 0)))
                .extracting(OffsetDateTime::toLocalTime).containsExactly(LocalTime.of(17, 0));

        LocalDate tuesday = monday.plusDays(1);
        RunAs.user("boss", () -> setup.addException(lee, new HoursException(null, tuesday,
                HoursException.Kind.TIME_OFF, null, null, "Training")), "MANAGER");
        assertThat(asDesk(() -> appointments.freeStarts(lee, tuesday, 60, 0))).isEmpty();
    }

    private AppointmentDetails book(long client, long therapist, long room, OffsetDateTime start, OffsetDateTime end) {
        return asDesk(() -> appointments.book(new Booking(client, therapist, room, start, end)));
    }

    private static <T> T asDesk(java.util.function.Supplier<T> work) {
        return RunAs.user("desk", work, "FRONT_DESK");
    }
}
