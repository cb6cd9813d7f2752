package org.relieve.reporting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The one SQL statement behind an outcome report (api.md, "Definitions the numbers use"), built
 * from fixed fragments: only the conditions a filter asks for are added, so PostgreSQL plans each
 * variant for what it is instead of one plan full of {@code :x is null or …}.
 *
 * <ol>
 * <li>{@code amended}: each amended record's current scores, the latest amendment's non-null
 *     {@code pain_before} and {@code pain_after} (as {@code SessionRecordDetails} has them);</li>
 * <li>{@code period}: signed records whose appointment starts in the period (days in the clinic's zone);</li>
 * <li>{@code sessions}: those the caller may see and the filter keeps, with their week or month;</li>
 * <li>{@code outcomes}: one row per client (per client and bucket for week/month): latest =
 *     {@code pain_before} of the last session, baseline = the latest intake on or before the first
 *     one, MCID by {@link Mcid#SQL};</li>
 * <li>{@code members}: per group key and client, the sessions that put the client in the group;</li>
 * <li>the groups.</li>
 * </ol>
 *
 * <p>Public only so that benchmarks and diagnostics can {@code EXPLAIN} exactly what the service runs.
 */
public final class OutcomeQuery {

    private final String sql;
    private final MapSqlParameterSource parameters = new MapSqlParameterSource();

    /**
     * @param scopeTherapistId null for every client; a therapist's id for only their own clients
     */
    public OutcomeQuery(OutcomeFilter filter, GroupBy groupBy, Long scopeTherapistId, ZoneId zone) {
        parameters.addValue("zone", zone.getId());
        StringBuilder period = new StringBuilder(" where s.status = 'SIGNED'");
        if (filter.from() != null) {
            period.append(" and a.starts_at >= :from");
            parameters.addValue("from", startOf(filter.from(), zone).toOffsetDateTime());
        }
        if (filter.to() != null) {
            period.append(" and a.starts_at < :to");
            parameters.addValue("to", startOf(filter.to().plusDays(1), zone).toOffsetDateTime());
        }
        StringBuilder kept = new StringBuilder(" where true");
        if (scopeTherapistId != null) {
            // design §6, reports: "own clients" = primary therapist, or author of a session in the period
            kept.append(" and (p.client_id in (select id from client where primary_therapist_id = :me)"
                    + " or p.client_id in (select client_id from period where author_id = :me))");
            parameters.addValue("me", scopeTherapistId);
        }
        if (filter.therapistId() != null) {
            kept.append(" and p.author_id = :therapist");
            parameters.addValue("therapist", filter.therapistId());
        }
        StringBuilder clients = new StringBuilder(" where true");
        if (filter.profile() != null) {
            clients.append(" and cl.profile = :profile");
            parameters.addValue("profile", filter.profile().name());
        }
        if (filter.cause() != null) {
            clients.append(" and i.primary_cause = :cause");
            parameters.addValue("cause", filter.cause().name());
        }
        sql = """
                with amended as (
                    select session_record_id,
                           (array_agg(pain_before order by created_at desc, id desc)
                               filter (where pain_before is not null))[1] as pain_before,
                           (array_agg(pain_after order by created_at desc, id desc)
                               filter (where pain_after is not null))[1] as pain_after
                      from session_amendment
                     group by session_record_id),
                period as (
                    select s.id, s.client_id, s.author_id, a.starts_at,
                           coalesce(m.pain_before, s.pain_before) as pain_before,
                           coalesce(m.pain_after, s.pain_after) as pain_after
                      from session_record s
                      join appointment a on a.id = s.appointment_id
                      left join amended m on m.session_record_id = s.id
                    %s),
                sessions as (
                    select p.*, %s as bucket
                      from period p
                    %s),
                outcomes as (
                    select c.client_id, c.bucket, c.latest, i.pain_score as baseline, i.primary_cause as cause,
                           cl.profile, coalesce(%s, false) as mcid
                      from (select client_id, bucket, min(starts_at) as first_at,
                                   (array_agg(pain_before order by starts_at desc, id desc))[1] as latest
                              from sessions
                             group by client_id, bucket) c
                      join client cl on cl.id = c.client_id
                      left join lateral (
                          select pain_score, primary_cause
                            from intake_assessment i
                           where i.client_id = c.client_id
                             and i.assessed_on <= (c.first_at at time zone :zone)::date
                           order by i.assessed_on desc, i.id desc
                           limit 1) i on true
                    %s),
                members as (
                    %s)
                select %s as key, count(*) as clients, sum(m.sessions) as sessions,
                       round(avg(o.baseline), 2) as mean_baseline,
                       round(avg(o.latest), 2) as mean_latest,
                       round(avg(o.latest - o.baseline), 2) as mean_change,
                       round(sum(m.change_sum)::numeric / sum(m.sessions), 2) as mean_session_change,
                       round(avg(o.mcid::int), 3) as mcid_rate
                  from members m
                  join outcomes o on o.client_id = m.client_id and o.bucket = m.bucket
                 where %s is not null
                 group by 1
                """.formatted(period, bucket(groupBy), kept, Mcid.sql("c.latest", "i.pain_score"), clients,
                members(groupBy), key(groupBy), key(groupBy));
    }

    public String sql() {
        return sql;
    }

    public MapSqlParameterSource parameters() {
        return parameters;
    }

    private static ZonedDateTime startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone);
    }

    /** Week and month reports treat every bucket as a period of its own; the others have one bucket. */
    private static String bucket(GroupBy groupBy) {
        return switch (groupBy) {
            case WEEK -> "to_char(p.starts_at at time zone :zone, 'IYYY-\"W\"IW')";
            case MONTH -> "to_char(p.starts_at at time zone :zone, 'YYYY-MM')";
            default -> "''";
        };
    }

    /** Per group key and client: how many of the client's sessions fall in the group, and their change. */
    private static String members(GroupBy groupBy) {
        return switch (groupBy) {
            // a client counts under every technique of their sessions; a session once per technique
            case TECHNIQUE -> """
                    select t.technique as key, s.client_id, s.bucket, count(*) as sessions,
                           sum(s.pain_after - s.pain_before) as change_sum
                      from sessions s
                      join (select distinct session_record_id, technique from technique_application) t
                        on t.session_record_id = s.id
                     group by 1, 2, 3""";
            case THERAPIST -> """
                    select s.author_id::text as key, s.client_id, s.bucket, count(*) as sessions,
                           sum(s.pain_after - s.pain_before) as change_sum
                      from sessions s
                     group by 1, 2, 3""";
            default -> """
                    select '' as key, s.client_id, s.bucket, count(*) as sessions,
                           sum(s.pain_after - s.pain_before) as change_sum
                      from sessions s
                     group by 2, 3""";
        };
    }

    private static String key(GroupBy groupBy) {
        return switch (groupBy) {
            case TECHNIQUE, THERAPIST -> "m.key";
            case CAUSE -> "o.cause";
            case PROFILE -> "o.profile";
            case WEEK, MONTH -> "m.bucket";
        };
    }
}
