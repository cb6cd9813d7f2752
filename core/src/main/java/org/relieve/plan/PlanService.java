package org.relieve.plan;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.relieve.audit.AuditAction;
import org.relieve.audit.AuditTrail;
import org.relieve.client.CareTeam;
import org.relieve.clinical.RedFlag;
import org.relieve.clinical.RuleFinding;
import org.relieve.clinical.RuleViolationException;
import org.relieve.common.ConflictException;
import org.relieve.common.LastChanges;
import org.relieve.common.RecordNotFoundException;
import org.relieve.intake.IntakeDetails;
import org.relieve.intake.IntakeService;
import org.relieve.staff.StaffMember;
import org.relieve.staff.StaffService;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Treatment plans: the builder's proposal, the therapist's saved plan, and its lifecycle
 * draft → active → completed. The safety gate applies on every save, whatever calls it.
 */
@Service
@Validated
@Transactional
public class PlanService {

    private static final String TARGET = "TreatmentPlan";

    private final TreatmentPlanRepository plans;
    private final IntakeService intakes;
    private final CareTeam careTeam;
    private final StaffService staff;
    private final AuditTrail auditTrail;
    private final LastChanges lastChanges;
    private final PlanBuilder builder = new PlanBuilder();
    private final Clock clock;

    PlanService(TreatmentPlanRepository plans, IntakeService intakes, CareTeam careTeam, StaffService staff,
                AuditTrail auditTrail, LastChanges lastChanges, Clock clock) {
        this.lastChanges = lastChanges;
        this.plans = plans;
        this.intakes = intakes;
        this.careTeam = careTeam;
        this.staff = staff;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('THERAPIST')")
    // not read-only: the read itself is written to the audit trail
    public PlanProposal propose(long intakeId) {
        IntakeDetails intake = intakes.assessmentForPlanning(intakeId);
        auditTrail.record(AuditAction.VIEW, "PlanProposal", intakeId, intake.clientId(), null);
        return builder.propose(IntakeFindingsOf.intake(intake));
    }

    @PreAuthorize("hasRole('THERAPIST')")
    public PlanDetails create(long clientId, @Valid NewPlan plan) {
        IntakeDetails intake = intakeOfClient(plan.intakeId(), clientId);
        StaffMember therapist = careTeam.requireCareOf(clientId);
        List<RuleFinding> warnings = PlanSafety.check(plan, intake);
        TreatmentPlan saved = new TreatmentPlan(clientId, intake.id(), therapist.id(), clock.instant());
        saved.fill(plan, warnings);
        saved.changedBy(therapist.username(), clock.instant());
        saved = plans.saveAndFlush(saved);
        auditTrail.record(AuditAction.CREATE, TARGET, saved.getId(), clientId, warningsNote(warnings));
        return saved.toDetails(therapist.displayName());
    }

    /** Changes a draft the editor saw at {@code version}. Active and completed plans are not edited. */
    @PreAuthorize("hasRole('THERAPIST')")
    public PlanDetails updateDraft(long planId, @Valid NewPlan plan, long version) {
        TreatmentPlan existing = load(planId);
        StaffMember therapist = careTeam.requireCareOf(existing.getClientId());
        if (existing.getVersion() != version) {
            throw lastChanges.staleVersion("treatment_plan", planId);
        }
        if (existing.getStatus() != PlanStatus.DRAFT) {
            throw new ConflictException("Only a draft plan can be changed; this plan is " + existing.getStatus()
                    .name().toLowerCase() + ". Build a new plan instead.");
        }
        IntakeDetails intake = intakeOfClient(plan.intakeId(), existing.getClientId());
        List<RuleFinding> warnings = PlanSafety.check(plan, intake);
        existing.changedBy(therapist.username(), clock.instant());
        saveChange(existing, () -> {
            existing.clearContent();
            plans.flush(); // old steps go before new ones take their positions
            existing.fill(plan, warnings);
        });
        auditTrail.record(AuditAction.UPDATE, TARGET, planId, existing.getClientId(), warningsNote(warnings));
        return toDetails(existing);
    }

    /**
     * Starts the course. Refused while the intake has red flags without a clearance; a client's
     * previously active plan is completed, so only one plan is ever active.
     */
    @PreAuthorize("hasRole('THERAPIST')")
    public PlanDetails activate(long planId) {
        TreatmentPlan plan = load(planId);
        StaffMember therapist = careTeam.requireCareOf(plan.getClientId());
        if (plan.getStatus() != PlanStatus.DRAFT) {
            throw new ConflictException("Only a draft plan can be activated; this plan is "
                    + plan.getStatus().name().toLowerCase() + ".");
        }
        IntakeDetails intake = intakes.assessmentForPlanning(plan.getIntakeId());
        if (!intake.unresolvedRedFlags().isEmpty()) {
            throw new RuleViolationException("The plan cannot be activated until a healthcare professional clears "
                    + "the client. Red flags: " + intake.unresolvedRedFlags().stream().sorted().map(RedFlag::label)
                    .collect(Collectors.joining(", ")) + ".");
        }
        plans.findActive(plan.getClientId()).ifPresent(previous -> {
            previous.complete(clock.instant());
            previous.changedBy(therapist.username(), clock.instant());
            saveChange(previous, () -> { });
            auditTrail.record(AuditAction.UPDATE, TARGET, previous.getId(), previous.getClientId(),
                    "completed: superseded by plan " + planId);
        });
        plan.activate(clock.instant());
        plan.changedBy(therapist.username(), clock.instant());
        saveChange(plan, () -> { });
        auditTrail.record(AuditAction.UPDATE, TARGET, planId, plan.getClientId(), "activated");
        return toDetails(plan);
    }

    @PreAuthorize("hasRole('THERAPIST')")
    public PlanDetails complete(long planId) {
        TreatmentPlan plan = load(planId);
        StaffMember therapist = careTeam.requireCareOf(plan.getClientId());
        if (plan.getStatus() != PlanStatus.ACTIVE) {
            throw new ConflictException("Only an active plan can be completed; this plan is "
                    + plan.getStatus().name().toLowerCase() + ".");
        }
        plan.complete(clock.instant());
        plan.changedBy(therapist.username(), clock.instant());
        saveChange(plan, () -> { });
        auditTrail.record(AuditAction.UPDATE, TARGET, planId, plan.getClientId(), "completed");
        return toDetails(plan);
    }

    @PreAuthorize("hasRole('THERAPIST')")
    // not read-only: the read itself is written to the audit trail
    public List<PlanDetails> forClient(long clientId) {
        careTeam.requireCareOf(clientId);
        List<PlanDetails> found = plans.findByClientNewestFirst(clientId).stream().map(this::toDetails).toList();
        auditTrail.record(AuditAction.VIEW, TARGET, null, clientId, "plan history (" + found.size() + ")");
        return found;
    }

    @PreAuthorize("hasRole('THERAPIST')")
    // not read-only: the read itself is written to the audit trail
    public PlanDetails get(long planId) {
        TreatmentPlan plan = load(planId);
        careTeam.requireCareOf(plan.getClientId());
        auditTrail.record(AuditAction.VIEW, TARGET, planId, plan.getClientId(), null);
        return toDetails(plan);
    }

    /** The client's active plan, for prefilling a session record (care-checked, not audited on its own). */
    @PreAuthorize("hasRole('THERAPIST')")
    @Transactional(readOnly = true)
    public Optional<PlanDetails> activePlanFor(long clientId) {
        careTeam.requireCareOf(clientId);
        return plans.findActive(clientId).map(this::toDetails);
    }

    /** The active plan's schedule (sessions planned, per week): what the front desk books from. */
    @PreAuthorize("hasAnyRole('FRONT_DESK', 'THERAPIST')")
    @Transactional(readOnly = true)
    public Optional<PlanSchedule> activeSchedule(long clientId) {
        return plans.findActive(clientId).map(TreatmentPlan::toSchedule);
    }

    private IntakeDetails intakeOfClient(long intakeId, long clientId) {
        IntakeDetails intake = intakes.assessmentForPlanning(intakeId);
        if (intake.clientId() != clientId) {
            throw new RuleViolationException(List.of(RuleFinding.refusal("intakeId",
                    "That intake belongs to another client.")));
        }
        return intake;
    }

    /**
     * Applies and writes a change. The plan's version covers its steps, home care and warnings
     * (they are only ever replaced through the plan), and the versioned update catches a save that
     * committed after this transaction read the plan: exactly one of two concurrent saves wins.
     */
    private void saveChange(TreatmentPlan plan, Runnable change) {
        try {
            change.run();
            plans.saveAndFlush(plan);
        } catch (OptimisticLockingFailureException e) {
            throw lastChanges.staleVersion("treatment_plan", plan.getId());
        }
    }

    private TreatmentPlan load(long planId) {
        return plans.findById(planId).orElseThrow(() -> new RecordNotFoundException("Treatment plan", planId));
    }

    private PlanDetails toDetails(TreatmentPlan plan) {
        return plan.toDetails(staff.get(plan.getAuthorId()).displayName());
    }

    private static String warningsNote(List<RuleFinding> warnings) {
        return warnings.isEmpty() ? null : new ArrayList<>(warnings.stream().map(RuleFinding::message).toList()).toString();
    }
}
