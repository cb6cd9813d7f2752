package org.relieve.therapy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.relieve.audit.AuditAction;
import org.relieve.audit.AuditTrail;
import org.relieve.client.CareTeam;
import org.relieve.clinical.Acuity;
import org.relieve.clinical.RedFlag;
import org.relieve.clinical.RuleFinding;
import org.relieve.clinical.RuleViolationException;
import org.relieve.common.ConflictException;
import org.relieve.common.LastChanges;
import org.relieve.common.RecordNotFoundException;
import org.relieve.intake.IntakeDetails;
import org.relieve.intake.IntakeService;
import org.relieve.schedule.AppointmentDetails;
import org.relieve.schedule.AppointmentService;
import org.relieve.schedule.AppointmentStatus;
import org.relieve.staff.StaffMember;
import org.relieve.staff.StaffService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Session records: drafted after a treatment, signed by the therapist (then immutable, in the
 * database too), corrected only by amendments. The safety rules apply to every entry; red flags
 * without a clearance stop signing. Only the appointment's therapist writes the record; therapists
 * with the client in their care read it; front desk and managers never do.
 */
@Service
@Validated
@Transactional
@PreAuthorize("hasRole('THERAPIST')")
public class SessionRecordService {

    private static final String TARGET = "SessionRecord";

    private final SessionRecordRepository records;
    private final SessionAmendmentRepository amendments;
    private final AppointmentService appointments;
    private final IntakeService intakes;
    private final org.relieve.plan.PlanService plans;
    private final CareTeam careTeam;
    private final StaffService staff;
    private final AuditTrail auditTrail;
    private final LastChanges lastChanges;
    private final Clock clock;

    SessionRecordService(SessionRecordRepository records, SessionAmendmentRepository amendments,
                         AppointmentService appointments, IntakeService intakes, org.relieve.plan.PlanService plans,
                         CareTeam careTeam, StaffService staff,
                         AuditTrail auditTrail, LastChanges lastChanges, Clock clock) {
        this.lastChanges = lastChanges;
        this.records = records;
        this.amendments = amendments;
        this.appointments = appointments;
        this.intakes = intakes;
        this.plans = plans;
        this.careTeam = careTeam;
        this.staff = staff;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    public SessionRecordDetails create(long appointmentId, @Valid NewSessionRecord record) {
        AppointmentDetails appointment = appointments.get(appointmentId);
        StaffMember therapist = requireOwnAppointment(appointment);
        if (appointment.status() != AppointmentStatus.BOOKED && appointment.status() != AppointmentStatus.CHECKED_IN) {
            throw new RuleViolationException("A session is recorded for a booked or checked-in appointment; this one is "
                    + appointment.status().label().toLowerCase() + ".");
        }
        if (appointment.start().toInstant().isAfter(clock.instant())) {
            throw new RuleViolationException("This appointment has not started yet; record the session once it has.");
        }
        if (records.findByAppointmentId(appointmentId).isPresent()) {
            throw new ConflictException("This appointment already has a session record; open it to continue.");
        }
        List<RuleFinding> warnings = SessionSafety.check(record, latestAcuity(appointment.clientId()),
                latestIntakeFlags(appointment.clientId()));
        SessionRecord saved = new SessionRecord(appointmentId, appointment.clientId(), therapist.id(), clock.instant());
        saved.fill(record, warnings);
        saved.changedBy(therapist.username(), clock.instant());
        try {
            saved = records.saveAndFlush(saved);
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException("This appointment already has a session record; open it to continue.");
        }
        auditTrail.record(AuditAction.CREATE, TARGET, saved.getId(), appointment.clientId(), null);
        return toDetails(saved);
    }

    /** Changes a draft the editor saw at {@code version}. A signed record is never changed. */
    public SessionRecordDetails updateDraft(long id, @Valid NewSessionRecord record, long version) {
        SessionRecord existing = load(id);
        StaffMember author = requireAuthor(existing);
        if (existing.getStatus() == SessionStatus.SIGNED) {
            throw new ConflictException("This record is signed and cannot be changed; add an amendment instead.");
        }
        if (existing.getVersion() != version) {
            throw lastChanges.staleVersion("session_record", id);
        }
        existing.fill(record, SessionSafety.check(record, latestAcuity(existing.getClientId()),
                latestIntakeFlags(existing.getClientId())));
        existing.changedBy(author.username(), clock.instant());
        saveChange(existing);
        auditTrail.record(AuditAction.UPDATE, TARGET, id, existing.getClientId(), null);
        return toDetails(existing);
    }

    /**
     * Signs the record (then it is immutable) and completes the appointment. Refused while the
     * client's intake has red flags without clearance, or the record notes a new red flag that no
     * clearance has followed.
     */
    public SessionRecordDetails sign(long id) {
        SessionRecord record = load(id);
        StaffMember therapist = requireAuthor(record);
        if (record.getStatus() == SessionStatus.SIGNED) {
            throw new ConflictException("This record is already signed.");
        }
        if (!record.hasApplications()) {
            throw new RuleViolationException(List.of(RuleFinding.refusal("applications",
                    "Record at least one technique before signing.")));
        }
        Set<RedFlag> blocking = EnumSet.noneOf(RedFlag.class);
        intakes.latestFor(record.getClientId()).ifPresent(intake -> blocking.addAll(intake.unresolvedRedFlags()));
        if (!record.getRedFlags().isEmpty() && !intakes.clearedSince(record.getClientId(), record.getCreatedAt())) {
            blocking.addAll(record.getRedFlags());
        }
        if (!blocking.isEmpty()) {
            throw new RuleViolationException("The record cannot be signed until a healthcare professional clears the "
                    + "client. Red flags: " + blocking.stream().sorted().map(RedFlag::label)
                    .collect(Collectors.joining(", ")) + ".");
        }
        record.sign(therapist.id(), clock.instant());
        record.changedBy(therapist.username(), clock.instant());
        saveChange(record);
        appointments.complete(record.getAppointmentId());
        auditTrail.record(AuditAction.SIGN, TARGET, id, record.getClientId(), null);
        return toDetails(record);
    }

    /** Adds a correction to a signed record; the original stays readable beside it. */
    public SessionRecordDetails amend(long id, @Valid Amendment amendment) {
        SessionRecord record = load(id);
        StaffMember therapist = careTeam.requireCareOf(record.getClientId());
        if (record.getStatus() != SessionStatus.SIGNED) {
            throw new ConflictException("This record is still a draft: change it directly instead of amending it.");
        }
        amendments.saveAndFlush(new SessionAmendment(id, amendment, therapist.id(), clock.instant()));
        auditTrail.record(AuditAction.AMEND, TARGET, id, record.getClientId(), amendment.reason());
        return toDetails(record);
    }

    public List<SessionRecordDetails> forClient(long clientId) {
        careTeam.requireCareOf(clientId);
        List<SessionRecordDetails> found = records.findByClientNewestFirst(clientId).stream().map(this::toDetails).toList();
        auditTrail.record(AuditAction.VIEW, TARGET, null, clientId, "session records (" + found.size() + ")");
        return found;
    }

    public SessionRecordDetails get(long id) {
        SessionRecord record = load(id);
        careTeam.requireCareOf(record.getClientId());
        auditTrail.record(AuditAction.VIEW, TARGET, id, record.getClientId(), null);
        return toDetails(record);
    }

    /** The record of an appointment, if one was started (for the session screen). */
    public java.util.Optional<SessionRecordDetails> forAppointment(long appointmentId) {
        return records.findByAppointmentId(appointmentId).map(record -> {
            careTeam.requireCareOf(record.getClientId());
            auditTrail.record(AuditAction.VIEW, TARGET, record.getId(), record.getClientId(), null);
            return toDetails(record);
        });
    }

    /** Where a new record's techniques come from. */
    public enum Prefill { PLAN, LAST_SESSION }

    /**
     * A starting point for the appointment's record: the active plan's steps, or what was done last
     * time. Nothing is saved; the therapist edits what actually happened.
     */
    public NewSessionRecord prefill(long appointmentId, Prefill source) {
        AppointmentDetails appointment = appointments.get(appointmentId);
        careTeam.requireCareOf(appointment.clientId());
        NewSessionRecord empty = new NewSessionRecord(null, null, List.of(), null, null, null, null, null, null, Set.of());
        if (source == Prefill.PLAN) {
            return plans.activePlanFor(appointment.clientId()).map(SessionPrefill::fromPlan).orElse(empty);
        }
        return records.findByClientNewestFirst(appointment.clientId()).stream()
                .filter(record -> record.getStatus() == SessionStatus.SIGNED).findFirst()
                .map(record -> SessionPrefill.fromLastSession(toDetails(record))).orElse(empty);
    }

    /**
     * "Consider referral" (design §4, persistent symptoms): more than half of the active plan's
     * sessions are signed and the pain has not dropped by 2 points from the plan's baseline.
     */
    public java.util.Optional<String> considerReferral(long clientId) {
        careTeam.requireCareOf(clientId);
        var plan = plans.activePlanFor(clientId);
        if (plan.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<SessionRecordDetails> signed = records.findByClientNewestFirst(clientId).stream()
                .filter(record -> record.getStatus() == SessionStatus.SIGNED
                        && !record.getCreatedAt().isBefore(plan.get().activatedAt()))
                .map(this::toDetails).toList();
        if (signed.size() * 2 <= plan.get().sessionsPlanned()) {
            return java.util.Optional.empty();
        }
        int baseline = intakes.assessmentForPlanning(plan.get().intakeId()).painScore();
        int latest = signed.getFirst().currentPainBefore();
        if (baseline - latest >= 2) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("Consider referral: " + signed.size() + " of " + plan.get().sessionsPlanned()
                + " planned sessions done and pain is " + latest + " against a baseline of " + baseline + ".");
    }

    private StaffMember requireOwnAppointment(AppointmentDetails appointment) {
        StaffMember therapist = careTeam.requireCareOf(appointment.clientId());
        if (appointment.therapistId() != therapist.id()) {
            throw new AccessDeniedException("Only the therapist who gave the treatment records it.");
        }
        return therapist;
    }

    private StaffMember requireAuthor(SessionRecord record) {
        StaffMember therapist = careTeam.requireCareOf(record.getClientId());
        if (record.getAuthorId() != therapist.id()) {
            throw new AccessDeniedException("Only the therapist who wrote this record changes or signs it.");
        }
        return therapist;
    }

    private Acuity latestAcuity(long clientId) {
        return intakes.latestFor(clientId).map(IntakeDetails::acuity).orElse(null);
    }

    private Set<RedFlag> latestIntakeFlags(long clientId) {
        return intakes.latestFor(clientId).map(IntakeDetails::redFlags).orElse(Set.of());
    }

    /**
     * Writes a change to a draft. The versioned update catches a save that committed after this
     * transaction read the record: of two concurrent saves (or a save and a signature) one wins.
     */
    private void saveChange(SessionRecord record) {
        try {
            records.saveAndFlush(record);
        } catch (OptimisticLockingFailureException e) {
            throw lastChanges.staleVersion("session_record", record.getId());
        }
    }

    private SessionRecord load(long id) {
        return records.findById(id).orElseThrow(() -> new RecordNotFoundException("Session record", id));
    }

    private SessionRecordDetails toDetails(SessionRecord record) {
        List<AmendmentDetails> corrections = new ArrayList<>();
        for (SessionAmendment amendment : amendments.findByRecord(record.getId() == null ? -1 : record.getId())) {
            corrections.add(amendment.toDetails(staff.get(amendment.getAuthorId()).displayName()));
        }
        AppointmentDetails appointment = appointments.get(record.getAppointmentId());
        return record.toDetails(appointment.start(), staff.get(record.getAuthorId()).displayName(),
                record.getSignedBy() == null ? null : staff.get(record.getSignedBy()).displayName(), corrections);
    }
}
