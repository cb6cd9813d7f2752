package org.relieve.schedule;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.relieve.audit.AuditAction;
import org.relieve.audit.AuditTrail;
import org.relieve.common.ConflictException;
import org.relieve.common.RecordNotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Clinic setup: rooms, appointment types, therapists' weekly hours and dated exceptions. Everyone
 * signed in reads it; managers and administrators change it.
 */
@Service
@Validated
@Transactional
public class ClinicSetupService {

    private static final String MANAGE = "hasAnyRole('MANAGER', 'ADMIN')";

    private final RoomRepository rooms;
    private final AppointmentTypeRepository types;
    private final WorkingHoursRepository hours;
    private final WorkingHoursExceptionRepository exceptions;
    private final AuditTrail auditTrail;

    ClinicSetupService(RoomRepository rooms, AppointmentTypeRepository types, WorkingHoursRepository hours,
                       WorkingHoursExceptionRepository exceptions, AuditTrail auditTrail) {
        this.rooms = rooms;
        this.types = types;
        this.hours = hours;
        this.exceptions = exceptions;
        this.auditTrail = auditTrail;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<RoomDetails> rooms() {
        return rooms.findAllByOrderByName().stream().map(Room::toDetails).toList();
    }

    @PreAuthorize(MANAGE)
    public RoomDetails addRoom(@NotBlank(message = "Name the room.") @Size(max = 60, message = "Keep the name under 60 characters.") String name) {
        if (rooms.existsByName(name.strip())) {
            throw new ConflictException("There is already a room called " + name.strip() + ".");
        }
        RoomDetails room = rooms.saveAndFlush(new Room(name.strip())).toDetails();
        auditTrail.record(AuditAction.CREATE, "Room", room.id(), null, room.name());
        return room;
    }

    @PreAuthorize(MANAGE)
    public RoomDetails updateRoom(long id, @NotBlank(message = "Name the room.") String name, boolean active, long version) {
        Room room = rooms.findById(id).orElseThrow(() -> new RecordNotFoundException("Room", id));
        if (room.toDetails().version() != version) {
            throw ConflictException.staleVersion("The room");
        }
        room.rename(name.strip());
        room.setActive(active);
        RoomDetails saved = rooms.saveAndFlush(room).toDetails();
        auditTrail.record(AuditAction.UPDATE, "Room", id, null, saved.name() + (active ? "" : " (inactive)"));
        return saved;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AppointmentTypeDetails> appointmentTypes() {
        return types.findAllOrdered().stream().map(AppointmentType::toDetails).toList();
    }

    @PreAuthorize(MANAGE)
    public AppointmentTypeDetails saveAppointmentType(@Valid AppointmentTypeDetails details) {
        AppointmentType type;
        if (details.id() == null) {
            type = new AppointmentType(details);
        } else {
            type = types.findById(details.id()).orElseThrow(() -> new RecordNotFoundException("Appointment type", details.id()));
            if (type.getVersion() != details.version()) {
                throw ConflictException.staleVersion("The appointment type");
            }
            type.apply(details);
        }
        AppointmentTypeDetails saved = types.saveAndFlush(type).toDetails();
        auditTrail.record(details.id() == null ? AuditAction.CREATE : AuditAction.UPDATE, "AppointmentType", saved.id(),
                null, saved.name());
        return saved;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<WeeklyHours> weeklyHours(long therapistId) {
        return hours.findWeek(therapistId).stream().map(WorkingHours::toWeeklyHours).toList();
    }

    /** Replaces the therapist's regular week. */
    @PreAuthorize(MANAGE)
    public List<WeeklyHours> replaceWeeklyHours(long therapistId, List<@Valid WeeklyHours> week) {
        hours.deleteWeek(therapistId);
        hours.flush();
        week.forEach(interval -> hours.save(new WorkingHours(therapistId, interval)));
        hours.flush();
        auditTrail.record(AuditAction.UPDATE, "WorkingHours", therapistId, null, week.size() + " intervals");
        return weeklyHours(therapistId);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<HoursException> exceptions(long therapistId, LocalDate from, LocalDate to) {
        return hours.findExceptions(therapistId, from, to).stream().map(WorkingHoursException::toException).toList();
    }

    @PreAuthorize(MANAGE)
    public HoursException addException(long therapistId, @Valid HoursException exception) {
        HoursException saved = exceptions.saveAndFlush(new WorkingHoursException(therapistId, exception)).toException();
        auditTrail.record(AuditAction.CREATE, "WorkingHoursException", saved.id(), null,
                exception.kind() + " on " + exception.date());
        return saved;
    }

    @PreAuthorize(MANAGE)
    public void removeException(long exceptionId) {
        exceptions.deleteById(exceptionId);
        auditTrail.record(AuditAction.UPDATE, "WorkingHoursException", exceptionId, null, "removed");
    }

    /** When the therapist works on the date (regular week with that date's exceptions). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TimeWindow> workingWindows(long therapistId, LocalDate date) {
        return WorkingDay.of(date, weeklyHours(therapistId), exceptions(therapistId, date, date));
    }

    AppointmentTypeDetails appointmentType(long id) {
        return types.findById(id).map(AppointmentType::toDetails)
                .orElseThrow(() -> new RecordNotFoundException("Appointment type", id));
    }

    RoomDetails room(long id) {
        return rooms.findById(id).map(Room::toDetails).orElseThrow(() -> new RecordNotFoundException("Room", id));
    }
}
