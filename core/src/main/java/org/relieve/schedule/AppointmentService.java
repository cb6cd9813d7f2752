package org.relieve.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.relieve.audit.AuditAction;
import org.relieve.audit.AuditTrail;
import org.relieve.common.BusinessRuleException;
import org.relieve.common.ClinicProperties;
import org.relieve.common.ConflictException;
import org.relieve.common.RecordNotFoundException;
import org.relieve.staff.StaffMember;
import org.relieve.staff.StaffRole;
import org.relieve.staff.StaffService;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;

/**
 * Appointments: booking, moving, and the day's status changes. Overlaps are refused by the
 * database (no check-then-insert race); this service names what is taken, retries a deadlocked
 * booking, and checks working hours after the overlap, so that an overlap always wins.
 * The front desk writes every appointment, a therapist only their own; managers read.
 */
@Service
@Validated
public class AppointmentService {

    private static final String TARGET = "Appointment";
    private static final int ATTEMPTS = 3;

    private final AppointmentRepository appointments;
    private final AppointmentQueries queries;
    private final BookingConflicts conflicts;
    private final DayLock dayLock;
    private final ClinicSetupService setup;
    private final WorkingHoursCheck workingHours;
    private final StaffService staff;
    private final AuditTrail auditTrail;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ZoneId zone;

    AppointmentService(AppointmentRepository appointments, AppointmentQueries queries, BookingConflicts conflicts,
                       DayLock dayLock, ClinicSetupService setup, WorkingHoursCheck workingHours, StaffService staff,
                       AuditTrail auditTrail, PlatformTransactionManager transactions, Clock clock, ClinicProperties clinic) {
        this.appointments = appointments;
        this.queries = queries;
        this.conflicts = conflicts;
        this.dayLock = dayLock;
        this.setup = setup;
        this.workingHours = workingHours;
        this.staff = staff;
        this.auditTrail = auditTrail;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.zone = clinic.zone();
    }

    @PreAuthorize("hasAnyRole('FRONT_DESK', 'THERAPIST')")
    public AppointmentDetails book(@Valid Booking booking) {
        return book(booking, null);
    }

    /** Books one occurrence of a recurring series. */
    @PreAuthorize("hasAnyRole('FRONT_DESK', 'THERAPIST')")
    public AppointmentDetails bookInSeries(@Valid Booking booking, UUID seriesId) {
        return book(booking, seriesId);
    }

    private AppointmentDetails book(Booking booking, UUID seriesId) {
        requireMayWriteFor(booking.therapistId());
        requireBookable(booking);
        int buffer = booking.typeId() == null ? 0 : setup.appointmentType(booking.typeId()).bufferMinutes();
        var outsideHours = workingHours.problem(booking.therapistId(), booking.start(), booking.end(),
                booking.overrideReason());
        String bookedBy = currentUsername();
        Appointment[] attempt = new Appointment[1];
        long id = inTransaction(() -> attempt[0], () -> {
            attempt[0] = new Appointment(booking, buffer, seriesId, clock.instant(), bookedBy);
            dayLock.lockDaysOf(attempt[0].getStartsAt(), attempt[0].getBlockedUntil());
            appointments.saveAndFlush(attempt[0]);
            // only now, so that an overlap (refused by the insert) always wins over working hours
            outsideHours.ifPresent(problem -> {
                throw problem;
            });
            auditTrail.record(AuditAction.CREATE, TARGET, attempt[0].getId(), booking.clientId(),
                    attempt[0].getOverrideReason() == null ? null : "outside hours: " + attempt[0].getOverrideReason());
            return attempt[0].getId();
        });
        return get(id);
    }

    /** Moves an appointment in one step: the old slot is released only if the new one can be taken. */
    @PreAuthorize("hasAnyRole('FRONT_DESK', 'THERAPIST')")
    public AppointmentDetails reschedule(long id, @NotNull(message = "Enter the new start.") OffsetDateTime start,
                                         @NotNull(message = "Enter the new end.") OffsetDateTime end, Long roomId,
                                         String overrideReason) {
        if (!end.isAfter(start)) {
            throw new BusinessRuleException("The appointment must end after it starts.");
        }
        Appointment current = load(id);
        requireMayWriteFor(current.getTherapistId());
        requireStatus(current, AppointmentStatus.BOOKED, "moved");
        if (roomId != null) {
            requireActiveRoom(roomId);
        }
        var outsideHours = workingHours.problem(current.getTherapistId(), start, end, overrideReason);
        Appointment[] attempt = new Appointment[1];
        inTransaction(() -> attempt[0], () -> {
            attempt[0] = load(id);
            dayLock.lockDaysOf(attempt[0].getStartsAt(), start.toInstant(), end.toInstant());
            attempt[0].moveTo(start.toInstant(), end.toInstant(), attempt[0].bufferMinutes());
            if (roomId != null) {
                attempt[0].moveToRoom(roomId);
            }
            attempt[0].setOverrideReason(overrideReason);
            appointments.saveAndFlush(attempt[0]);
            outsideHours.ifPresent(problem -> {
                throw problem;
            });
            auditTrail.record(AuditAction.UPDATE, TARGET, id, attempt[0].getClientId(), "rescheduled to " + start);
            return id;
        });
        return get(id);
    }

    @PreAuthorize("hasAnyRole('FRONT_DESK', 'THERAPIST')")
    public AppointmentDetails checkIn(long id) {
        return changeStatus(id, AppointmentStatus.CHECKED_IN, null);
    }

    @PreAuthorize("hasAnyRole('FRONT_DESK', 'THERAPIST')")
    public AppointmentDetails markNoShow(long id) {
        Appointment appointment = load(id);
        if (appointment.getStartsAt().isAfter(clock.instant())) {
            throw new BusinessRuleException("An appointment can be marked as a no-show only once it has started.");
        }
        return changeStatus(id, AppointmentStatus.NO_SHOW, null);
    }

    @PreAuthorize("hasAnyRole('FRONT_DESK', 'THERAPIST')")
    public AppointmentDetails cancel(long id, @NotBlank(message = "Give a reason for the cancellation.")
                                              @Size(max = 300, message = "Keep the reason under 300 characters.") String reason) {
        return changeStatus(id, AppointmentStatus.CANCELLED, reason.strip());
    }

    @PreAuthorize("hasAnyRole('FRONT_DESK', 'THERAPIST', 'MANAGER')")
    public AppointmentDetails get(long id) {
        return queries.byId(id).orElseThrow(() -> new RecordNotFoundException("Appointment", id));
    }

    @PreAuthorize("hasAnyRole('FRONT_DESK', 'THERAPIST', 'MANAGER')")
    public List<AppointmentDetails> inRange(@NotNull(message = "Give the start of the range.") OffsetDateTime from,
                                            @NotNull(message = "Give the end of the range.") OffsetDateTime to,
                                            Long therapistId, Long roomId) {
        if (!to.isAfter(from) || Duration.between(from, to).toDays() > 62) {
            throw new BusinessRuleException("Ask for a range that ends after it starts and spans at most 62 days.");
        }
        return queries.inRange(from.toInstant(), to.toInstant(), therapistId, roomId, null);
    }

    /** Every appointment of a client, oldest first. */
    @PreAuthorize("hasAnyRole('FRONT_DESK', 'THERAPIST', 'MANAGER')")
    public List<AppointmentDetails> forClient(long clientId) {
        return queries.inRange(Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z"), null, null, clientId);
    }

    /** One day in the clinic's zone. */
    @PreAuthorize("hasAnyRole('FRONT_DESK', 'THERAPIST', 'MANAGER')")
    public List<AppointmentDetails> onDay(LocalDate day, Long therapistId, Long roomId) {
        return queries.inRange(day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant(),
                therapistId, roomId, null);
    }

    /** Free start times for the therapist on the day, for an appointment of that length (and buffer). */
    @PreAuthorize("hasAnyRole('FRONT_DESK', 'THERAPIST', 'MANAGER')")
    public List<OffsetDateTime> freeStarts(long therapistId, LocalDate day, int minutes, int bufferMinutes) {
        if (minutes < 5 || minutes > 480) {
            throw new BusinessRuleException("An appointment lasts between 5 and 480 minutes.");
        }
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant().plus(Duration.ofHours(2));
        List<Busy> busy = appointments.findHoldingSlots(therapistId, from.minus(Duration.ofHours(12)), to).stream()
                .map(a -> new Busy(a.getStartsAt(), a.getBlockedUntil())).toList();
        return FreeSlots.find(day, zone, setup.workingWindows(therapistId, day), busy, Duration.ofMinutes(minutes),
                Duration.ofMinutes(bufferMinutes));
    }

    private AppointmentDetails changeStatus(long id, AppointmentStatus to, String reason) {
        Appointment current = load(id);
        requireMayWriteFor(current.getTherapistId());
        boolean allowed = switch (to) {
            case CHECKED_IN, NO_SHOW -> current.getStatus() == AppointmentStatus.BOOKED;
            case CANCELLED -> current.getStatus() == AppointmentStatus.BOOKED
                    || current.getStatus() == AppointmentStatus.CHECKED_IN;
            case COMPLETED -> current.getStatus() != AppointmentStatus.CANCELLED
                    && current.getStatus() != AppointmentStatus.NO_SHOW;
            case BOOKED -> false;
        };
        if (!allowed) {
            throw new ConflictException("This appointment is " + current.getStatus().label().toLowerCase()
                    + "; it cannot be " + (to == AppointmentStatus.CHECKED_IN ? "checked in" : "marked "
                    + to.label().toLowerCase()) + ".");
        }
        transaction.executeWithoutResult(status -> {
            Appointment appointment = load(id);
            if (to == AppointmentStatus.CANCELLED) {
                appointment.cancel(reason);
            } else {
                appointment.changeStatus(to);
            }
            appointments.saveAndFlush(appointment);
            auditTrail.record(AuditAction.UPDATE, TARGET, id, appointment.getClientId(),
                    to.label().toLowerCase() + (reason == null ? "" : ": " + reason));
        });
        return get(id);
    }

    /** Completes an appointment whose session record was signed (called by session records). */
    @PreAuthorize("hasRole('THERAPIST')")
    public AppointmentDetails complete(long id) {
        return changeStatus(id, AppointmentStatus.COMPLETED, null);
    }

    /**
     * Runs a write that may clash with another booking: an overlap becomes a ConflictException that
     * names what is taken; a deadlock or serialization failure between concurrent bookings is retried.
     */
    private <T> T inTransaction(Supplier<Appointment> attempted, Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> work.get());
            } catch (DataIntegrityViolationException e) {
                var constraint = BookingConflicts.violatedExclusion(e);
                if (constraint.isPresent()) {
                    throw conflicts.describe(constraint.get(), attempted.get());
                }
                throw e;
            } catch (ConcurrencyFailureException e) {
                if (attempt >= ATTEMPTS) {
                    throw new ConflictException("The schedule is busy; nothing was booked. Try again.");
                }
            }
        }
    }

    private void requireBookable(Booking booking) {
        if (!queries.clientExists(booking.clientId())) {
            throw new RecordNotFoundException("Client", booking.clientId()); // not a foreign-key failure (500)
        }
        requireActiveRoom(booking.roomId());
        boolean therapist = staff.withRole(StaffRole.THERAPIST).stream().anyMatch(m -> m.id() == booking.therapistId());
        if (!therapist) {
            throw new BusinessRuleException("Appointments are booked with an active therapist.");
        }
    }

    private void requireActiveRoom(long roomId) {
        if (!setup.room(roomId).active()) {
            throw new BusinessRuleException(setup.room(roomId).name() + " is not in use; choose another room.");
        }
    }

    /** Front desk: any appointment. Therapist: their own only. */
    private void requireMayWriteFor(long therapistId) {
        StaffMember me = staff.currentMember().orElseThrow(() -> new AccessDeniedException("Sign in first."));
        if (me.hasRole(StaffRole.FRONT_DESK)) {
            return;
        }
        if (me.hasRole(StaffRole.THERAPIST) && me.id() == therapistId) {
            return;
        }
        throw new AccessDeniedException("Therapists change only their own appointments.");
    }

    private static void requireStatus(Appointment appointment, AppointmentStatus required, String action) {
        if (appointment.getStatus() != required) {
            throw new ConflictException("This appointment is " + appointment.getStatus().label().toLowerCase()
                    + "; only a booked appointment can be " + action + ".");
        }
    }

    private Appointment load(long id) {
        return appointments.findById(id).orElseThrow(() -> new RecordNotFoundException("Appointment", id));
    }

    private String currentUsername() {
        return staff.currentMember().map(StaffMember::username).orElse("system");
    }
}
