package org.relieve.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.relieve.client.ClientFilter;
import org.relieve.client.ClientService;
import org.relieve.client.ClientSummary;
import org.relieve.common.ClinicProperties;
import org.relieve.common.ConflictException;
import org.relieve.common.RunAs;
import org.relieve.common.BusinessRuleException;
import org.relieve.schedule.AppointmentService;
import org.relieve.schedule.AppointmentTypeDetails;
import org.relieve.schedule.Booking;
import org.relieve.schedule.ClinicSetupService;
import org.relieve.schedule.RoomDetails;
import org.relieve.schedule.WeeklyHours;
import org.relieve.staff.StaffMember;
import org.relieve.staff.StaffRole;
import org.relieve.staff.StaffService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The demo clinic's setup and diary: three rooms, weekday hours 09:00–18:00 and Saturday mornings
 * for the demo therapists, three appointment types, and a partly booked today and fortnight ahead.
 * Only into a clinic without rooms.
 */
@Component
@Conditional(DemoMode.class)
@Order(DemoAccounts.ORDER + 20)
class DemoSchedule implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSchedule.class);

    private final ClinicSetupService setup;
    private final AppointmentService appointments;
    private final ClientService clients;
    private final StaffService staff;
    private final Clock clock;
    private final ClinicProperties clinic;

    DemoSchedule(ClinicSetupService setup, AppointmentService appointments, ClientService clients, StaffService staff,
                 Clock clock, ClinicProperties clinic) {
        this.setup = setup;
        this.appointments = appointments;
        this.clients = clients;
        this.staff = staff;
        this.clock = clock;
        this.clinic = clinic;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean fresh = RunAs.user("demo-setup", () -> setup.rooms().isEmpty(), "MANAGER");
        if (!fresh) {
            return;
        }
        List<StaffMember> therapists = RunAs.user("demo-setup", () -> {
            for (String room : List.of("Room 1 · Garden", "Room 2 · Quiet", "Room 3 · Studio")) {
                setup.addRoom(room);
            }
            setup.saveAppointmentType(new AppointmentTypeDetails(null, "Treatment", 60, 15, true, 0));
            setup.saveAppointmentType(new AppointmentTypeDetails(null, "Follow-up", 45, 15, true, 0));
            setup.saveAppointmentType(new AppointmentTypeDetails(null, "Assessment", 90, 15, true, 0));
            List<StaffMember> all = staff.withRole(StaffRole.THERAPIST);
            all.forEach(therapist -> setup.replaceWeeklyHours(therapist.id(), clinicWeek()));
            return all;
        }, "MANAGER");
        int booked = RunAs.user("frontdesk", () -> bookDiary(therapists), "FRONT_DESK");
        log.info("Demo mode: 3 rooms, opening hours, appointment types and {} appointments", booked);
    }

    private int bookDiary(List<StaffMember> therapists) {
        List<RoomDetails> rooms = setup.rooms();
        AppointmentTypeDetails treatment = setup.appointmentTypes().stream()
                .filter(type -> type.name().startsWith("Treatment")).findFirst().orElseThrow();
        List<ClientSummary> people = clients.search(ClientFilter.text(""), PageRequest.of(0, 40)).getContent().stream()
                .filter(client -> client.primaryTherapistName() != null).toList();
        LocalDate today = LocalDate.now(clock.withZone(clinic.zone()));
        int count = 0;
        int next = 0;
        for (int day = 0; day < 14; day++) {
            LocalDate date = today.plusDays(day);
            if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            List<LocalTime> times = date.getDayOfWeek() == DayOfWeek.SATURDAY
                    ? List.of(LocalTime.of(9, 0), LocalTime.of(10, 30))
                    : List.of(LocalTime.of(9, 0), LocalTime.of(10, 30), LocalTime.of(13, 0), LocalTime.of(15, 30));
            for (int t = 0; t < times.size(); t++) {
                StaffMember therapist = therapists.get((t + day) % therapists.size());
                ClientSummary client = people.get(next++ % people.size());
                if ((day + t) % 3 == 2) {
                    continue; // leave gaps: a partly booked diary
                }
                OffsetDateTime start = date.atTime(times.get(t)).atZone(clinic.zone()).toOffsetDateTime();
                try {
                    appointments.book(new Booking(client.id(), therapist.id(), rooms.get(t % rooms.size()).id(), start,
                            start.plusMinutes(treatment.minutes()), treatment.id(), null, null));
                    count++;
                } catch (ConflictException | BusinessRuleException e) {
                    // the client is already booked at that time: the demo diary simply skips it
                }
            }
        }
        return count;
    }

    private static List<WeeklyHours> clinicWeek() {
        List<WeeklyHours> week = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            week.add(new WeeklyHours(day, LocalTime.of(9, 0), LocalTime.of(18, 0)));
        }
        week.add(new WeeklyHours(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)));
        return week;
    }
}
