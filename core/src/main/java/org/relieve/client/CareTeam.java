package org.relieve.client;

import java.util.Map;

import org.relieve.audit.AuditAction;
import org.relieve.audit.AuditTrail;
import org.relieve.common.RecordNotFoundException;
import org.relieve.staff.StaffMember;
import org.relieve.staff.StaffRole;
import org.relieve.staff.StaffService;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may open a client's clinical records (design §6): a therapist with the client in their care —
 * the client's primary therapist, the author of one of the client's intakes, plans or session
 * records, or a therapist with a non-cancelled appointment with the client from 90 days ago on (audited). Every
 * clinical service asks here before it reads or writes; views and API are only a second line.
 */
@Service
public class CareTeam {

    private static final String IN_CARE = """
            select exists (select 1 from client where id = :client and primary_therapist_id = :therapist)
                or exists (select 1 from intake_assessment where client_id = :client and author_id = :therapist)
                or exists (select 1 from treatment_plan where client_id = :client and author_id = :therapist)
                or exists (select 1 from session_record where client_id = :client and author_id = :therapist)""";

    /** Access through the schedule: a non-cancelled appointment from 90 days ago onward. */
    private static final String BY_APPOINTMENT = """
            select exists (select 1 from appointment
                            where client_id = :client and therapist_id = :therapist and status <> 'CANCELLED'
                              and starts_at >= now() - interval '90 days')""";

    private final NamedParameterJdbcTemplate jdbc;
    private final StaffService staff;
    private final AuditTrail auditTrail;

    CareTeam(NamedParameterJdbcTemplate jdbc, StaffService staff, AuditTrail auditTrail) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.auditTrail = auditTrail;
    }

    /**
     * The signed-in therapist, after checking the client is in their care.
     *
     * @throws AccessDeniedException for anyone else
     */
    @Transactional
    public StaffMember requireCareOf(long clientId) {
        StaffMember therapist = requireTherapist();
        if (isInCare(therapist.id(), clientId)) {
            return therapist;
        }
        if (hasAppointment(therapist.id(), clientId)) {
            // design §6: every grant of access through an appointment is visible in the audit trail
            auditTrail.recordFor(therapist.username(), AuditAction.ACCESS_GRANTED, "Client", clientId, clientId,
                    "through an appointment");
            return therapist;
        }
        requireClientExists(clientId);
        auditTrail.recordRefusal(AuditAction.VIEW, "Client", clientId, clientId, "not in care");
        throw new AccessDeniedException("You can open clinical records only for clients in your care.");
    }

    /** Whether the signed-in person may open the client's clinical records (for showing or hiding UI). */
    @Transactional(readOnly = true)
    public boolean mayOpenClinicalRecords(long clientId) {
        return staff.currentMember().filter(member -> member.hasRole(StaffRole.THERAPIST))
                .map(therapist -> isInCare(therapist.id(), clientId) || hasAppointment(therapist.id(), clientId))
                .orElse(false);
    }

    boolean isInCare(long therapistId, long clientId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(IN_CARE, Map.of("client", clientId, "therapist", therapistId),
                Boolean.class));
    }

    private boolean hasAppointment(long therapistId, long clientId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(BY_APPOINTMENT,
                Map.of("client", clientId, "therapist", therapistId), Boolean.class));
    }

    StaffMember requireTherapist() {
        return staff.currentMember().filter(member -> member.hasRole(StaffRole.THERAPIST))
                .orElseThrow(() -> new AccessDeniedException("Only therapists open clinical records."));
    }

    private void requireClientExists(long clientId) {
        Boolean exists = jdbc.queryForObject("select exists (select 1 from client where id = :client)",
                Map.of("client", clientId), Boolean.class);
        if (!Boolean.TRUE.equals(exists)) {
            throw new RecordNotFoundException("Client", clientId);
        }
    }
}
