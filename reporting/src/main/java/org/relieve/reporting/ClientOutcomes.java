package org.relieve.reporting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Reads one client's outcome: signed sessions in order with their current (amended) scores, and
 * the baseline of the latest intake on or before the first of them (the latest intake if there
 * are no sessions yet). Access is the caller's business.
 */
final class ClientOutcomes {

    private static final String SESSIONS = """
            select s.id, (a.starts_at at time zone :zone)::date as day,
                   coalesce((select m.pain_before from session_amendment m
                              where m.session_record_id = s.id and m.pain_before is not null
                              order by m.created_at desc, m.id desc limit 1), s.pain_before) as pain_before,
                   coalesce((select m.pain_after from session_amendment m
                              where m.session_record_id = s.id and m.pain_after is not null
                              order by m.created_at desc, m.id desc limit 1), s.pain_after) as pain_after
              from session_record s
              join appointment a on a.id = s.appointment_id
             where s.client_id = :client and s.status = 'SIGNED'
             order by a.starts_at, s.id""";

    private static final String BASELINE = """
            select pain_score from intake_assessment
             where client_id = :client and (cast(:before as date) is null or assessed_on <= cast(:before as date))
             order by assessed_on desc, id desc
             limit 1""";

    private final NamedParameterJdbcTemplate jdbc;
    private final ZoneId zone;

    ClientOutcomes(NamedParameterJdbcTemplate jdbc, ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    ClientOutcome of(long clientId) {
        List<ClientOutcome.SessionScores> sessions = jdbc.query(SESSIONS, Map.of("client", clientId, "zone", zone.getId()),
                (rs, row) -> new ClientOutcome.SessionScores(rs.getLong("id"), rs.getObject("day", LocalDate.class),
                        rs.getInt("pain_before"), rs.getInt("pain_after")));
        LocalDate first = sessions.isEmpty() ? null : sessions.getFirst().date();
        var parameters = new java.util.HashMap<String, Object>();
        parameters.put("client", clientId);
        parameters.put("before", first);
        Integer baseline = jdbc.query(BASELINE, parameters, rs -> rs.next() ? rs.getInt(1) : null);
        Integer latest = sessions.isEmpty() ? null : sessions.getLast().painBefore();
        return new ClientOutcome(clientId, baseline, sessions, latest, Mcid.reached(baseline, latest));
    }
}
