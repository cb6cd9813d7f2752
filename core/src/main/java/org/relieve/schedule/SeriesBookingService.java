package org.relieve.schedule;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.relieve.common.BusinessRuleException;
import org.relieve.common.ClinicProperties;
import org.relieve.common.ConflictException;
import org.relieve.plan.PlanSchedule;
import org.relieve.plan.PlanService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;

/**
 * Books a course of appointments. Each occurrence is booked on its own: one that clashes is reported
 * with the reason and the rest are booked, so the result is never a silent partial one.
 */
@Service
@Validated
public class SeriesBookingService {

    private final AppointmentService appointments;
    private final PlanService plans;
    private final ZoneId zone;

    SeriesBookingService(AppointmentService appointments, PlanService plans, ClinicProperties clinic) {
        this.appointments = appointments;
        this.plans = plans;
        this.zone = clinic.zone();
    }

    @PreAuthorize("hasAnyRole('FRONT_DESK', 'THERAPIST')")
    public SeriesResult book(@Valid SeriesRequest request) {
        UUID seriesId = UUID.randomUUID();
        List<AppointmentDetails> booked = new ArrayList<>();
        List<SeriesResult.Refused> refused = new ArrayList<>();
        for (int i = 0; i < request.occurrences(); i++) {
            OffsetDateTime start = occurrenceStart(request.firstStart(), i, request.perWeek());
            Booking booking = new Booking(request.clientId(), request.therapistId(), request.roomId(), start,
                    start.plusMinutes(request.minutes()), request.typeId(), null, request.overrideReason());
            try {
                booked.add(appointments.bookInSeries(booking, seriesId));
            } catch (ConflictException | BusinessRuleException e) {
                refused.add(new SeriesResult.Refused(i + 1, start, e.getMessage()));
            }
        }
        return new SeriesResult(seriesId, booked, refused);
    }

    /** Books the client's active plan: its number of sessions, its sessions per week. */
    @PreAuthorize("hasAnyRole('FRONT_DESK', 'THERAPIST')")
    public SeriesResult bookActivePlan(long clientId, long therapistId, long roomId, OffsetDateTime firstStart,
                                       int minutes, Long typeId) {
        PlanSchedule schedule = plans.activeSchedule(clientId).orElseThrow(() -> new BusinessRuleException(
                "The client has no active plan to book from; book single appointments instead."));
        return book(new SeriesRequest(clientId, therapistId, roomId, firstStart, minutes, typeId,
                schedule.sessionsPlanned(), schedule.sessionsPerWeek(), null));
    }

    /** Occurrences spread evenly over each week (2 a week: day 0 and 3; 3 a week: 0, 2, 4), same local time. */
    OffsetDateTime occurrenceStart(OffsetDateTime first, int occurrence, int perWeek) {
        int week = occurrence / perWeek;
        int slot = occurrence % perWeek;
        ZonedDateTime local = first.atZoneSameInstant(zone);
        return local.plusDays(week * 7L + (slot * 7L) / perWeek).toOffsetDateTime();
    }
}
