package org.relieve.intake;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;

import org.relieve.audit.AuditAction;
import org.relieve.audit.AuditTrail;
import org.relieve.client.CareTeam;
import org.relieve.client.ClientService;
import org.relieve.clinical.RedFlag;
import org.relieve.common.RecordNotFoundException;
import org.relieve.staff.StaffMember;
import org.relieve.staff.StaffService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Intake assessments and referrals, for therapists with the client in their care. A therapist may
 * start an intake for a client who has no primary therapist yet, and so takes the client on.
 * Every read and write is audited.
 */
@Service
@Validated
@Transactional
@PreAuthorize("hasRole('THERAPIST')")
public class IntakeService {

    private static final String TARGET = "IntakeAssessment";

    private final IntakeRepository intakes;
    private final ReferralRepository referrals;
    private final ClientService clients;
    private final CareTeam careTeam;
    private final StaffService staff;
    private final AuditTrail auditTrail;
    private final Clock clock;

    IntakeService(IntakeRepository intakes, ReferralRepository referrals, ClientService clients, CareTeam careTeam,
                  StaffService staff, AuditTrail auditTrail, Clock clock) {
        this.intakes = intakes;
        this.referrals = referrals;
        this.clients = clients;
        this.careTeam = careTeam;
        this.staff = staff;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    public IntakeDetails record(long clientId, @Valid NewIntake intake) {
        clients.get(clientId); // 404 before anything else
        clients.takeOnIfUnassigned(clientId);
        StaffMember therapist = careTeam.requireCareOf(clientId);
        IntakeAssessment saved = intakes.saveAndFlush(new IntakeAssessment(clientId, intake, therapist.id(), clock.instant()));
        auditTrail.record(AuditAction.CREATE, TARGET, saved.getId(), clientId,
                saved.getRedFlags().isEmpty() ? null : "red flags " + saved.getRedFlags());
        return toDetails(saved);
    }

    // not read-only: the read itself is written to the audit trail
    public List<IntakeDetails> forClient(long clientId) {
        careTeam.requireCareOf(clientId);
        List<IntakeDetails> found = intakes.findByClientNewestFirst(clientId).stream().map(this::toDetails).toList();
        auditTrail.record(AuditAction.VIEW, TARGET, null, clientId, "intake history (" + found.size() + ")");
        return found;
    }

    // not read-only: the read itself is written to the audit trail
    public IntakeDetails get(long intakeId) {
        IntakeAssessment intake = load(intakeId);
        careTeam.requireCareOf(intake.getClientId());
        auditTrail.record(AuditAction.VIEW, TARGET, intakeId, intake.getClientId(), null);
        return toDetails(intake);
    }

    /**
     * The intake for building or checking a plan: care-checked like every read, but not audited
     * on its own (the plan operation that asks is).
     */
    @Transactional(readOnly = true)
    public IntakeDetails assessmentForPlanning(long intakeId) {
        IntakeAssessment intake = load(intakeId);
        careTeam.requireCareOf(intake.getClientId());
        return toDetails(intake);
    }

    /** The client's latest intake, for session rules (care-checked, not audited on its own). */
    @Transactional(readOnly = true)
    public java.util.Optional<IntakeDetails> latestFor(long clientId) {
        careTeam.requireCareOf(clientId);
        return intakes.findByClientNewestFirst(clientId).stream().findFirst().map(this::toDetails);
    }

    /** Whether a healthcare professional cleared the client for treatment after the instant. */
    @Transactional(readOnly = true)
    public boolean clearedSince(long clientId, java.time.Instant since) {
        careTeam.requireCareOf(clientId);
        return referrals.existsClearanceSince(clientId, since);
    }

    public ReferralDetails recordReferral(long intakeId, @Valid NewReferral referral) {
        IntakeAssessment intake = load(intakeId);
        StaffMember therapist = careTeam.requireCareOf(intake.getClientId());
        Referral saved = referrals.saveAndFlush(new Referral(intakeId, referral, therapist.id(), clock.instant()));
        auditTrail.record(AuditAction.CREATE, "Referral", intakeId, intake.getClientId(),
                referral.clearedForTreatment() ? "cleared for treatment by " + referral.referredTo()
                        : "referred to " + referral.referredTo());
        return saved.toDetails(therapist.displayName());
    }

    @Transactional(readOnly = true)
    public List<ReferralDetails> referrals(long intakeId) {
        IntakeAssessment intake = load(intakeId);
        careTeam.requireCareOf(intake.getClientId());
        return referrals.findByIntake(intakeId).stream()
                .map(referral -> referral.toDetails(staff.get(referral.getAuthorId()).displayName())).toList();
    }

    private IntakeAssessment load(long intakeId) {
        return intakes.findById(intakeId).orElseThrow(() -> new RecordNotFoundException("Intake assessment", intakeId));
    }

    private IntakeDetails toDetails(IntakeAssessment intake) {
        Set<RedFlag> unresolved = referrals.isCleared(intake.getId()) ? Set.of() : intake.getRedFlags();
        return intake.toDetails(unresolved, staff.get(intake.getAuthorId()).displayName());
    }
}
