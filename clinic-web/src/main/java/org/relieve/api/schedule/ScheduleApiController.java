package org.relieve.api.schedule;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.relieve.api.InvalidQueryParameterException;
import org.relieve.common.ClinicProperties;
import org.relieve.schedule.AppointmentDetails;
import org.relieve.schedule.AppointmentService;
import org.relieve.schedule.Booking;
import org.relieve.schedule.ClinicSetupService;
import org.relieve.schedule.SeriesBookingService;
import org.relieve.schedule.SeriesRequest;
import org.relieve.schedule.SeriesResult;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Rooms, appointments, their status changes and free times. */
@RestController
@RequestMapping("/api")
class ScheduleApiController {

    record RoomJson(long id, String name, boolean active) {
    }

    record Cancellation(String reason) {
    }

    record Move(OffsetDateTime start, OffsetDateTime end, Long roomId, String overrideReason) {
    }

    private final AppointmentService appointments;
    private final SeriesBookingService series;
    private final ClinicSetupService setup;
    private final ZoneId zone;

    ScheduleApiController(AppointmentService appointments, SeriesBookingService series, ClinicSetupService setup,
                          ClinicProperties clinic) {
        this.appointments = appointments;
        this.series = series;
        this.setup = setup;
        this.zone = clinic.zone();
    }

    @GetMapping("/rooms")
    List<RoomJson> rooms() {
        return setup.rooms().stream().map(room -> new RoomJson(room.id(), room.name(), room.active())).toList();
    }

    /** {@code from}/{@code to}: date-times with offset, or days in the clinic's zone ({@code to} day included). */
    @GetMapping("/appointments")
    List<AppointmentDetails> inRange(@RequestParam String from, @RequestParam String to,
                                     @RequestParam(required = false) Long therapistId,
                                     @RequestParam(required = false) Long roomId) {
        return appointments.inRange(instant(from, "from", false), instant(to, "to", true), therapistId, roomId);
    }

    @PostMapping("/appointments")
    ResponseEntity<AppointmentDetails> book(@RequestBody Booking booking) {
        AppointmentDetails booked = appointments.book(booking);
        return ResponseEntity.created(URI.create("/api/appointments/" + booked.id())).body(booked);
    }

    @PostMapping("/appointments/series")
    SeriesResult bookSeries(@RequestBody SeriesRequest request) {
        return series.book(request);
    }

    @GetMapping("/appointments/{id}")
    AppointmentDetails get(@PathVariable long id) {
        return appointments.get(id);
    }

    @PostMapping("/appointments/{id}/cancel")
    AppointmentDetails cancel(@PathVariable long id, @RequestBody Cancellation cancellation) {
        return appointments.cancel(id, cancellation.reason() == null ? "" : cancellation.reason());
    }

    @PostMapping("/appointments/{id}/check-in")
    AppointmentDetails checkIn(@PathVariable long id) {
        return appointments.checkIn(id);
    }

    @PostMapping("/appointments/{id}/no-show")
    AppointmentDetails noShow(@PathVariable long id) {
        return appointments.markNoShow(id);
    }

    @PostMapping("/appointments/{id}/reschedule")
    AppointmentDetails reschedule(@PathVariable long id, @RequestBody Move move) {
        return appointments.reschedule(id, move.start(), move.end(), move.roomId(), move.overrideReason());
    }

    @GetMapping("/availability")
    List<OffsetDateTime> availability(@RequestParam long therapistId, @RequestParam LocalDate date,
                                      @RequestParam int minutes,
                                      @RequestParam(defaultValue = "0") int bufferMinutes) {
        return appointments.freeStarts(therapistId, date, minutes, bufferMinutes);
    }

    private OffsetDateTime instant(String value, String name, boolean endOfDay) {
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(zone).toOffsetDateTime();
            }
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidQueryParameterException(name, "Give a date (2026-11-27) or a date-time with offset (2026-11-27T09:00:00+07:00).");
        }
    }
}
