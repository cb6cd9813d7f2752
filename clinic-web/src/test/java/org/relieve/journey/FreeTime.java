package org.relieve.journey;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.relieve.common.RunAs;
import org.relieve.schedule.AppointmentDetails;
import org.relieve.schedule.AppointmentService;
import org.relieve.schedule.ClinicSetupService;
import org.relieve.schedule.RoomDetails;
import org.relieve.staff.StaffMember;

/**
 * Where a journey can book today: a quarter hour on the drawn grid (08:00–18:00) when the therapist
 * has the appointment and its 15 minutes of turnover free and so does at least one room, since the
 * demo diary fills part of both rooms. In working hours if there still are any that day; otherwise any such time (the
 * booking then needs an override reason).
 */
final class FreeTime {

    private static final LocalTime FIRST = LocalTime.of(8, 0);
    private static final LocalTime LAST = LocalTime.of(18, 0);
    private static final int BUFFER_MINUTES = 15;

    private final AppointmentService appointments;
    private final ClinicSetupService setup;
    private final ZoneId zone;

    FreeTime(AppointmentService appointments, ClinicSetupService setup, ZoneId zone) {
        this.appointments = appointments;
        this.setup = setup;
        this.zone = zone;
    }

    /** @param minutes how long the appointment lasts (a new client's first is a 90-minute assessment) */
    Optional<LocalTime> on(LocalDate day, StaffMember therapist, int minutes) {
        int held = minutes + BUFFER_MINUTES;
        return RunAs.user("frontdesk", () -> {
            List<AppointmentDetails> booked = appointments.onDay(day, null, null).stream()
                    .filter(a -> a.status().holdsSlot()).toList();
            List<RoomDetails> rooms = setup.rooms().stream().filter(RoomDetails::active).toList();
            Optional<LocalTime> inHours = appointments.freeStarts(therapist.id(), day, minutes, BUFFER_MINUTES).stream()
                    .map(start -> start.atZoneSameInstant(zone).toLocalTime())
                    .filter(start -> start.getMinute() % 15 == 0 && !start.isBefore(FIRST) && start.isBefore(LAST))
                    .filter(start -> roomFree(booked, rooms, day, start, held))
                    .findFirst();
            if (inHours.isPresent()) {
                return inHours;
            }
            for (LocalTime start = FIRST; start.isBefore(LAST); start = start.plusMinutes(15)) {
                OffsetDateTime from = at(day, start);
                OffsetDateTime to = from.plusMinutes(held);
                boolean therapistFree = booked.stream().filter(a -> a.therapistId() == therapist.id())
                        .noneMatch(a -> overlaps(a, from, to));
                if (therapistFree && roomFree(booked, rooms, day, start, held)) {
                    return Optional.of(start);
                }
            }
            return Optional.<LocalTime>empty();
        }, "FRONT_DESK");
    }

    private boolean roomFree(List<AppointmentDetails> booked, List<RoomDetails> rooms, LocalDate day, LocalTime start,
                             int held) {
        OffsetDateTime from = at(day, start);
        OffsetDateTime to = from.plusMinutes(held);
        return rooms.stream().anyMatch(room -> booked.stream().filter(a -> a.roomId() == room.id())
                .noneMatch(a -> overlaps(a, from, to)));
    }

    private static boolean overlaps(AppointmentDetails appointment, OffsetDateTime from, OffsetDateTime to) {
        return appointment.start().isBefore(to) && appointment.blockedUntil().isAfter(from);
    }

    private OffsetDateTime at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(zone).toOffsetDateTime();
    }
}
