package org.relieve.ui.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.relieve.schedule.AppointmentDetails;
import org.relieve.schedule.RoomDetails;
import org.relieve.staff.StaffMember;
import org.relieve.staff.StaffRole;

/**
 * Loads what the schedule shows in each mode, with one appointment query per screen (not one per
 * column), and decides which columns the signed-in person may book into.
 */
class ScheduleColumns {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM");

    private final ScheduleServices services;
    private final ScheduleRights rights;

    ScheduleColumns(ScheduleServices services, ScheduleRights rights) {
        this.services = services;
        this.rights = rights;
    }

    List<StaffMember> therapists() {
        return services.staff.withRole(StaffRole.THERAPIST).stream()
                .sorted(Comparator.comparing(StaffMember::displayName)).toList();
    }

    /** One column per therapist, their working hours shaded. */
    List<ScheduleColumn> byTherapist(LocalDate day) {
        Map<Long, List<AppointmentDetails>> byTherapist = services.appointments.onDay(day, null, null).stream()
                .collect(Collectors.groupingBy(AppointmentDetails::therapistId));
        return therapists().stream().map(therapist -> new ScheduleColumn("therapist-" + therapist.id(),
                therapist.displayName(), day, therapist.id(), null,
                services.setup.workingWindows(therapist.id(), day),
                byTherapist.getOrDefault(therapist.id(), List.of()),
                rights.frontDesk() || rights.ownTherapist().filter(own -> own == therapist.id()).isPresent()))
                .toList();
    }

    /** One column per room in use, and any retired room that still has appointments that day. */
    List<ScheduleColumn> byRoom(LocalDate day) {
        Map<Long, List<AppointmentDetails>> byRoom = services.appointments.onDay(day, null, null).stream()
                .collect(Collectors.groupingBy(AppointmentDetails::roomId));
        return services.setup.rooms().stream()
                .filter(room -> room.active() || byRoom.containsKey(room.id()))
                .map(room -> new ScheduleColumn("room-" + room.id(), title(room), day, null, room.id(), List.of(),
                        byRoom.getOrDefault(room.id(), List.of()), room.active() && rights.mayBook()))
                .toList();
    }

    /** Monday to Sunday of the week holding {@code day}, for one therapist. */
    List<ScheduleColumn> week(StaffMember therapist, LocalDate day) {
        LocalDate monday = day.with(DayOfWeek.MONDAY);
        Map<LocalDate, List<AppointmentDetails>> byDay = services.appointments
                .inRange(monday.atStartOfDay(services.zone).toOffsetDateTime(),
                        monday.plusDays(7).atStartOfDay(services.zone).toOffsetDateTime(), therapist.id(), null)
                .stream()
                .collect(Collectors.groupingBy(a -> a.start().atZoneSameInstant(services.zone).toLocalDate()));
        boolean bookable = rights.mayWrite(therapist.id());
        return monday.datesUntil(monday.plusDays(7)).map(date -> new ScheduleColumn("day-" + date,
                DAY.format(date), date, therapist.id(), null, services.setup.workingWindows(therapist.id(), date),
                byDay.getOrDefault(date, List.of()), bookable)).toList();
    }

    private static String title(RoomDetails room) {
        return room.active() ? room.name() : room.name() + " (not in use)";
    }
}
