package org.relieve.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.relieve.audit.AuditAction;
import org.relieve.audit.AuditTrail;
import org.relieve.client.CareTeam;
import org.relieve.clinical.ClientProfile;
import org.relieve.clinical.PainCause;
import org.relieve.clinical.Technique;
import org.relieve.common.ClinicProperties;
import org.relieve.staff.StaffMember;
import org.relieve.staff.StaffRole;
import org.relieve.staff.StaffService;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outcome reports (design §5): aggregates only, computed in PostgreSQL in one statement per report
 * ({@link OutcomeQuery}), groups of fewer than {@value #MIN_GROUP} clients suppressed. Managers see
 * every client; a therapist sees their own clients — those whose primary therapist they are, and
 * those with a signed session they authored in the report's period. The per-client outcome is
 * clinical data: therapists in care only, and every look is audited.
 */
@Service
@Transactional(readOnly = true)
public class OutcomeReportService {

    /** Smaller groups identify people: they are listed, counted, and their measures withheld. */
    public static final int MIN_GROUP = 5;

    private final NamedParameterJdbcTemplate jdbc;
    private final StaffService staff;
    private final CareTeam careTeam;
    private final AuditTrail auditTrail;
    private final ClientOutcomes clientOutcomes;
    private final ZoneId zone;

    OutcomeReportService(NamedParameterJdbcTemplate jdbc, StaffService staff, CareTeam careTeam, AuditTrail auditTrail,
                         ClinicProperties clinic) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.careTeam = careTeam;
        this.auditTrail = auditTrail;
        this.zone = clinic.zone();
        this.clientOutcomes = new ClientOutcomes(jdbc, zone);
    }

    @PreAuthorize("hasAnyRole('MANAGER', 'THERAPIST')")
    public OutcomeReport report(OutcomeFilter filter, GroupBy groupBy) {
        OutcomeQuery query = new OutcomeQuery(filter, groupBy, scope(), zone);
        List<OutcomeGroup> groups = jdbc.query(query.sql(), query.parameters(), (rs, row) -> group(rs));
        Function<String, String> labels = labels(groupBy);
        List<OutcomeGroup> labelled = groups.stream()
                .map(group -> suppressSmall(group, labels.apply(group.key())))
                .sorted(byKey(groupBy))
                .toList();
        return new OutcomeReport(filter, groupBy, labelled);
    }

    /** One client's pain over time: for therapists with the client in their care; audited. */
    @PreAuthorize("hasRole('THERAPIST')")
    @Transactional
    public ClientOutcome clientOutcome(long clientId) {
        careTeam.requireCareOf(clientId);
        ClientOutcome outcome = clientOutcomes.of(clientId);
        auditTrail.record(AuditAction.VIEW, "ClientOutcome", clientId, clientId,
                "outcome (" + outcome.sessions().size() + " sessions)");
        return outcome;
    }

    /** Null for a manager (every client); the therapist's id for a therapist. */
    private Long scope() {
        StaffMember member = staff.currentMember()
                .orElseThrow(() -> new AccessDeniedException("Outcome reports are for managers and therapists."));
        if (member.hasRole(StaffRole.MANAGER)) {
            return null;
        }
        if (member.hasRole(StaffRole.THERAPIST)) {
            return member.id();
        }
        throw new AccessDeniedException("Outcome reports are for managers and therapists.");
    }

    private static OutcomeGroup group(ResultSet rs) throws SQLException {
        return new OutcomeGroup(rs.getString("key"), null, rs.getInt("clients"), rs.getInt("sessions"),
                number(rs, "mean_baseline"), number(rs, "mean_latest"), number(rs, "mean_change"),
                number(rs, "mean_session_change"), number(rs, "mcid_rate"), false);
    }

    private static Double number(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private static OutcomeGroup suppressSmall(OutcomeGroup group, String label) {
        if (group.clients() >= MIN_GROUP) {
            return new OutcomeGroup(group.key(), label, group.clients(), group.sessions(), group.meanBaseline(),
                    group.meanLatest(), group.meanChange(), group.meanSessionChange(), group.mcidRate(), false);
        }
        return new OutcomeGroup(group.key(), label, group.clients(), group.sessions(), null, null, null, null, null,
                true);
    }

    private Function<String, String> labels(GroupBy groupBy) {
        return switch (groupBy) {
            case TECHNIQUE -> key -> Technique.valueOf(key).label();
            case CAUSE -> key -> PainCause.valueOf(key).label();
            case PROFILE -> key -> ClientProfile.valueOf(key).label();
            case THERAPIST -> {
                Map<String, String> names = staff.directory().stream()
                        .collect(Collectors.toMap(member -> Long.toString(member.id()), StaffMember::displayName));
                yield key -> names.getOrDefault(key, key);
            }
            case WEEK, MONTH -> key -> key;
        };
    }

    /** By key; staff ids as numbers, so that therapist 9 comes before therapist 10. */
    private static Comparator<OutcomeGroup> byKey(GroupBy groupBy) {
        return groupBy == GroupBy.THERAPIST
                ? Comparator.comparingLong(group -> Long.parseLong(group.key()))
                : Comparator.comparing(OutcomeGroup::key);
    }
}
