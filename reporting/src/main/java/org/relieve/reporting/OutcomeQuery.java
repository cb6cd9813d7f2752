package org.relieve.reporting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.relieve.clinical.Technique;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The one SQL statement behind an outcome report (api.md, "Definitions the numbers use"), built
 * from fixed fragments: only the conditions a filter asks for are added, so PostgreSQL plans each
 * variant for what it is instead of one plan full of {@code :x is null or …}.
 *
 * <ol>
 * <li>{@code amended}: each amended record's current scores, the latest amendment's non-null
 *     {@code pain_before} and {@code pain_after} (as {@code SessionRecordDetails} has them);</li>
 * <li>{@code sessions}: signed records whose appointment starts in the period (days in the
 *     clinic's zone), that the caller may see and the filter keeps, with their week or month and,
 *     for technique reports, the techniques used as a bit set;</li>
 * <li>{@code per_client}: one row per client (and week or month; and author, for therapist
 *     reports): sessions, summed within-session change, first session, and the {@code pain_before}
 *     of the last one ({@code max} over {@code [epoch, id, score]} arrays: one pass, parallel);</li>
 * <li>{@code outcomes}: with the baseline intake, found by joining each client's intakes as date
 *     ranges (an intake holds until the next one) instead of a look-up per row; MCID by {@link Mcid#SQL};</li>
 * <li>the groups: technique reports unfold each client's row into one row per technique used.</li>
 * </ol>
 *
 * <p>Public only so that benchmarks and diagnostics can {@code EXPLAIN} exactly what the service runs.
 */
public final class OutcomeQuery {

    private final String sql;
    private final MapSqlParameterSource parameters = new MapSqlParameterSource();

    /**
     * @param scopeTherapistId null for every client; a therapist's id for only their own clients
     *                         (primary therapist, or author of a signed session in the period)
     */
    public OutcomeQuery(OutcomeFilter filter, GroupBy groupBy, Long scopeTherapistId, ZoneId zone) {
        parameters.addValue("zone", zone.getId());
        String period = "";
        if (filter.from() != null) {
            period += " and a.starts_at >= :from";
            parameters.addValue("from", startOf(filter.from(), zone));
        }
        if (filter.to() != null) {
            period += " and a.starts_at < :to";
            parameters.addValue("to", startOf(filter.to().plusDays(1), zone));
        }
        String kept = period;
        if (scopeTherapistId != null) {
            kept += " " + """
                    and (s.client_id in (select id from client where primary_therapist_id = :me)
                          or s.client_id in (select s.client_id from session_record s
                                               join appointment a on a.id = s.appointment_id
                                              where s.author_id = :me and s.status = 'SIGNED'%s))""".formatted(period);
            parameters.addValue("me", scopeTherapistId);
        }
        if (filter.therapistId() != null) {
            kept += " and s.author_id = :therapist";
            parameters.addValue("therapist", filter.therapistId());
        }
        String clients = "";
        if (filter.profile() != null) {
            clients += " and cl.profile = :profile";
            parameters.addValue("profile", filter.profile().name());
        }
        if (filter.cause() != null) {
            clients += " and i.primary_cause = :cause";
            parameters.addValue("cause", filter.cause().name());
        }
        boolean byTechnique = groupBy == GroupBy.TECHNIQUE;
        boolean byAuthor = groupBy == GroupBy.THERAPIST;
        String text = """
                with amended as (
                    select session_record_id,
                           (array_agg(pain_before order by created_at desc, id desc)
                               filter (where pain_before is not null))[1] as pain_before,
                           (array_agg(pain_after order by created_at desc, id desc)
                               filter (where pain_after is not null))[1] as pain_after
                      from session_amendment
                     group by session_record_id),
                sessions as (
                    select s.id, s.client_id, s.author_id, a.starts_at, %1$s as bucket,
                           coalesce(m.pain_before, s.pain_before) as pain_before,
                           coalesce(m.pain_after, s.pain_after) as pain_after%2$s
                      from session_record s
                      join appointment a on a.id = s.appointment_id
                      left join amended m on m.session_record_id = s.id%3$s
                     where s.status = 'SIGNED'%4$s),
                per_client as (
                    select client_id, bucket%5$s, count(*) as sessions, sum(pain_after - pain_before) as change_sum,
                           min(starts_at) as first_at,
                           max(array[extract(epoch from starts_at)::bigint, id, pain_before]) as last_visit%6$s
                      from sessions
                     group by client_id, bucket%5$s),
                clients as (
                    %7$s),
                intake_span as (
                    select client_id, pain_score, primary_cause, assessed_on as valid_from,
                           lead(assessed_on) over (partition by client_id order by assessed_on, id) as valid_until
                      from intake_assessment),
                outcomes as (
                    select c.*, i.pain_score as baseline, i.primary_cause as cause, cl.profile,
                           coalesce(%8$s, false) as mcid
                      from clients c
                      join client cl on cl.id = c.client_id
                      left join intake_span i
                        on i.client_id = c.client_id
                       and i.valid_from <= (c.client_first_at at time zone :zone)::date
                       and (i.valid_until is null or i.valid_until > (c.client_first_at at time zone :zone)::date)
                     where true%9$s)
                select %10$s as key, count(*) as clients, sum(%11$s.sessions) as sessions,
                       round(avg(o.baseline), 2) as mean_baseline,
                       round(avg(o.latest), 2) as mean_latest,
                       round(avg(o.latest - o.baseline), 2) as mean_change,
                       round(sum(%11$s.change_sum)::numeric / sum(%11$s.sessions), 2) as mean_session_change,
                       round(avg(o.mcid::int), 3) as mcid_rate
                  from outcomes o%12$s
                 where %13$s
                 group by 1
                """.formatted(
                bucket(groupBy),
                byTechnique ? ",\n           coalesce(t.techniques, 0) as techniques" : "",
                byTechnique ? """

                      left join lateral (select bit_or(%s) as techniques
                                           from technique_application ta
                                          where ta.session_record_id = s.id) t on true""".formatted(techniqueBit())
                        : "",
                kept,
                byAuthor ? ", author_id" : "",
                byTechnique ? techniqueCounts() : "",
                byAuthor ? """
                        -- each therapist's row carries the client's first and last session with anyone
                        select pc.*, min(first_at) over client as client_first_at,
                               (max(pc.last_visit) over client)[3] as latest
                          from per_client pc
                        window client as (partition by client_id, bucket)"""
                        : "select pc.*, first_at as client_first_at, last_visit[3] as latest from per_client pc",
                Mcid.sql("c.latest", "i.pain_score"),
                clients,
                key(groupBy),
                byTechnique ? "t" : "o",
                byTechnique ? "\n cross join lateral (values " + techniqueRows() + ") as t(key, sessions, change_sum)" : "",
                // a client counts under the techniques of their sessions only
                byTechnique ? "t.sessions > 0" : key(groupBy) + " is not null");
        sql = text;
    }

    public String sql() {
        return sql;
    }

    public MapSqlParameterSource parameters() {
        return parameters;
    }

    private static java.time.OffsetDateTime startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toOffsetDateTime();
    }

    /** Week and month reports treat every bucket as a period of its own; the others have one bucket. */
    private static String bucket(GroupBy groupBy) {
        return switch (groupBy) {
            case WEEK -> "to_char(a.starts_at at time zone :zone, 'IYYY-\"W\"IW')";
            case MONTH -> "to_char(a.starts_at at time zone :zone, 'YYYY-MM')";
            default -> "''";
        };
    }

    private static String key(GroupBy groupBy) {
        return switch (groupBy) {
            case TECHNIQUE -> "t.key";
            case THERAPIST -> "o.author_id::text";
            case CAUSE -> "o.cause";
            case PROFILE -> "o.profile";
            case WEEK, MONTH -> "o.bucket";
        };
    }

    /** {@code case ta.technique when 'EFFLEURAGE' then 1 when 'PETRISSAGE' then 2 … end}: a bit per technique. */
    private static String techniqueBit() {
        return Arrays.stream(Technique.values())
                .map(technique -> "when '%s' then %d".formatted(technique.name(), 1 << technique.ordinal()))
                .collect(Collectors.joining(" ", "case ta.technique ", " else 0 end"));
    }

    /** Per technique: the client's sessions using it, and their summed within-session change. */
    private static String techniqueCounts() {
        return Arrays.stream(Technique.values()).map(technique -> """
                ,
                           count(*) filter (where techniques & %1$d <> 0) as n_%2$d,
                           sum(pain_after - pain_before) filter (where techniques & %1$d <> 0) as c_%2$d"""
                .formatted(1 << technique.ordinal(), technique.ordinal())).collect(Collectors.joining());
    }

    private static String techniqueRows() {
        return Arrays.stream(Technique.values())
                .map(technique -> "('%s', o.n_%d, o.c_%d)".formatted(technique.name(), technique.ordinal(), technique.ordinal()))
                .collect(Collectors.joining(", "));
    }
}
