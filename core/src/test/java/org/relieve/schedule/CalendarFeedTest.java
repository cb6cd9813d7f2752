package org.relieve.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relieve.schedule.SchedulingFixture.at;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The feed is valid RFC 5545 and carries no health data. */
class CalendarFeedTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    @Test
    void theFeedParsesAsICalendarWithOneEventPerAppointment() throws Exception {
        String ics = CalendarFeedService.render(List.of(
                appointment(1, "Ayu Pratama", AppointmentStatus.BOOKED),
                appointment(2, "Budi van der Berg", AppointmentStatus.CANCELLED)));

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("\r\nVERSION:2.0\r\n").contains("PRODID:");
        assertThat(ics.lines()).allSatisfy(line -> assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(75));

        Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = parsed.getComponents("VEVENT");
        assertThat(events).hasSize(2);
        VEvent first = events.getFirst();
        assertThat(first.getSummary().getValue()).isEqualTo("Client A.P.");
        assertThat(first.getLocation().getValue()).isEqualTo("Room 2");
        assertThat(first.getUid().orElseThrow().getValue()).isEqualTo("appointment-1@relieve");
        assertThat(first.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20261201T030000Z");
        assertThat(events.get(1).getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
    }

    @Test
    void noNamesNotesOrReasonsLeaveTheClinic() {
        String ics = CalendarFeedService.render(List.of(appointment(1, "Ayu Pratama", AppointmentStatus.BOOKED)));
        assertThat(ics).doesNotContain("Ayu").doesNotContain("Pratama").doesNotContain("sciatica")
                .doesNotContain("Massage 60");
    }

    @Test
    void initialsAreAllThatIsShown() {
        assertThat(CalendarFeedService.initials("Ayu Pratama")).isEqualTo("A.P.");
        assertThat(CalendarFeedService.initials("budi van der berg")).isEqualTo("B.V.D.B.");
    }

    private static AppointmentDetails appointment(long id, String client, AppointmentStatus status) {
        OffsetDateTime start = at(DAY, 10, 0);
        return new AppointmentDetails(id, 7, client, 3, "Dr Lee", 4, "Room 2", 1L, "Massage 60", start,
                start.plusHours(1), start.plusMinutes(75), status, status == AppointmentStatus.CANCELLED ? "Ill" : null,
                null, "Note: sciatica", null, 0);
    }
}
