package org.relieve.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
 * The demo clinic's setup and diary: two rooms, three appointment types, each demo therapist's
 * week (Maya Lee and Arif Santoso full-time with Saturday mornings, Lina Kurniawan afternoons and
 * evenings Tuesday to Saturday), and a diary for today and the fortnight ahead that is about two
 * thirds full, so the front desk still finds free time. Booked through the services, which refuse
 * anything outside working hours or double booked; such a slot is simply left free. Only into a
 * clinic without rooms.
 */
@Component
@Conditional(DemoMode.class)
@Order(DemoAccounts.ORDER + 20)
class DemoSchedule implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSchedule.class);
    static final List<String> ROOMS = List.of("Room 1 · Garden", "Room 2 · Quiet");
    /** Treatment starts through the day: an hour of treatment, a quarter of turnover, a short break. */
    private static final List<LocalTime> STARTS = List.of(LocalTime.of(9, 0), LocalTime.of(10, 30), LocalTime.of(12, 0),
            LocalTime.of(13, 30), LocalTime.of(15, 0), LocalTime.of(16, 30), LocalTime.of(18, 0));

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
        long started = System.nanoTime();
        List<StaffMember> therapists = RunAs.user("demo-setup", () -> {
            ROOMS.forEach(setup::addRoom);
            setup.saveAppointmentType(new AppointmentTypeDetails(null, "Treatment", 60, 15, true, 0));
            setup.saveAppointmentType(new AppointmentTypeDetails(null, "Follow-up", 45, 15, true, 0));
            setup.saveAppointmentType(new AppointmentTypeDetails(null, "Assessment", 90, 15, true, 0));
            List<StaffMember> all = staff.withRole(StaffRole.THERAPIST);
            all.forEach(therapist -> setup.replaceWeeklyHours(therapist.id(), weekOf(therapist.username())));
            return all;
        }, "MANAGER");
        int booked = RunAs.user("frontdesk", () -> bookDiary(therapists), "FRONT_DESK");
        log.info("Demo mode: {} rooms, working hours of {} therapists, appointment types and {} appointments in {} ms",
                ROOMS.size(), therapists.size(), booked, (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * At each start, each room goes to a different therapist (rotating by day), and about a third
     * of the pairs stay free. A therapist off at that hour leaves the room free too.
     */
    private int bookDiary(List<StaffMember> therapists) {
        List<RoomDetails> rooms = setup.rooms();
        AppointmentTypeDetails treatment = setup.appointmentTypes().stream()
                .filter(type -> type.name().startsWith("Treatment")).findFirst().orElseThrow();
        // each therapist sees their own clients, in turn
        Map<String, List<ClientSummary>> clientsOf = clients.search(ClientFilter.text(""), PageRequest.of(0, 200))
                .getContent().stream().filter(client -> client.primaryTherapistName() != null)
                .collect(Collectors.groupingBy(ClientSummary::primaryTherapistName));
        Map<String, Integer> turn = new HashMap<>();
        LocalDate today = LocalDate.now(clock.withZone(clinic.zone()));
        int count = 0;
        for (int day = 0; day < 14; day++) {
            LocalDate date = today.plusDays(day);
            for (int slot = 0; slot < STARTS.size(); slot++) {
                for (int room = 0; room < rooms.size(); room++) {
                    if ((day * 5 + slot * 7 + room * 4) % 3 == 0) {
                        continue; // leave gaps: a partly booked diary
                    }
                    StaffMember therapist = therapists.get((day + slot + room) % therapists.size());
                    List<ClientSummary> own = clientsOf.getOrDefault(therapist.displayName(), List.of());
                    if (own.isEmpty()) {
                        continue;
                    }
                    ClientSummary client = own.get(turn.merge(therapist.displayName(), 1, Integer::sum) % own.size());
                    OffsetDateTime start = date.atTime(STARTS.get(slot)).atZone(clinic.zone()).toOffsetDateTime();
                    try {
                        appointments.book(new Booking(client.id(), therapist.id(), rooms.get(room).id(), start,
                                start.plusMinutes(treatment.minutes()), treatment.id(), null, null));
                        count++;
                    } catch (ConflictException | BusinessRuleException e) {
                        // outside the therapist's hours, or the client is booked then: the slot stays free
                    }
                }
            }
        }
        return count;
    }

    /** Full-time with Saturday mornings, except the third therapist, who works afternoons and evenings. */
    private static List<WeeklyHours> weekOf(String username) {
        List<WeeklyHours> week = new ArrayList<>();
        if ("therapist3".equals(username)) {
            for (DayOfWeek day : List.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
                week.add(new WeeklyHours(day, LocalTime.of(12, 0), LocalTime.of(20, 0)));
            }
            week.add(new WeeklyHours(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(15, 0)));
            return week;
        }
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            week.add(new WeeklyHours(day, LocalTime.of(9, 0), LocalTime.of(18, 0)));
        }
        week.add(new WeeklyHours(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)));
        return week;
    }
}
