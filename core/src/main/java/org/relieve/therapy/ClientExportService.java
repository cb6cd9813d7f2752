package org.relieve.therapy;

import java.time.Clock;
import java.util.List;

import org.relieve.audit.AuditAction;
import org.relieve.audit.AuditTrail;
import org.relieve.client.CareTeam;
import org.relieve.client.ClientService;
import org.relieve.intake.IntakeDetails;
import org.relieve.intake.IntakeService;
import org.relieve.plan.PlanService;
import org.relieve.schedule.AppointmentService;
import org.relieve.staff.StaffMember;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The client's whole record in one piece, for therapists in care; every export is audited. */
@Service
@PreAuthorize("hasRole('THERAPIST')")
public class ClientExportService {

    private final ClientService clients;
    private final IntakeService intakes;
    private final PlanService plans;
    private final AppointmentService appointments;
    private final SessionRecordService sessions;
    private final CareTeam careTeam;
    private final AuditTrail auditTrail;
    private final Clock clock;

    ClientExportService(ClientService clients, IntakeService intakes, PlanService plans, AppointmentService appointments,
                        SessionRecordService sessions, CareTeam careTeam, AuditTrail auditTrail, Clock clock) {
        this.clients = clients;
        this.intakes = intakes;
        this.plans = plans;
        this.appointments = appointments;
        this.sessions = sessions;
        this.careTeam = careTeam;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Transactional
    public ClientExport export(long clientId) {
        StaffMember therapist = careTeam.requireCareOf(clientId);
        // logged first: the reads below then count as part of this export, not as separate views
        auditTrail.record(AuditAction.EXPORT, "Client", clientId, clientId, "full record export");
        List<IntakeDetails> intakeHistory = intakes.forClient(clientId);
        return new ClientExport(clock.instant(), therapist.username(), clients.get(clientId), intakeHistory,
                intakeHistory.stream().flatMap(intake -> intakes.referrals(intake.id()).stream()).toList(),
                plans.forClient(clientId), appointments.forClient(clientId), sessions.forClient(clientId));
    }
}
