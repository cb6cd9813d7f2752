package org.relieve.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.relieve.common.ClinicProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Past treatment for the demo clients, so that a manager's first look at the outcome reports shows
 * trends: each assessed client (whose red flags, if any, were cleared) follows their plan's course
 * from the intake day — the plan's techniques, at its frequency, then a visit every three weeks —
 * up to a few days ago, each visit a completed appointment with a signed record. Pain falls
 * differently by primary cause: muscle strain fast and then a plateau, posture steadily, stress
 * slowly and with swings, sleep ergonomics and other biomechanical causes slowly. One client in six
 * drops out after a few visits and one in eleven does not improve (the referral advice shows for them).
 *
 * <p>Written set-based in SQL (a few statements, well under a second) rather than through the
 * services one visit at a time; the schema's constraints still hold every row. Only into a clinic
 * without session records.
 */
@Component
@Conditional(DemoMode.class)
@Order(DemoAccounts.ORDER + 30)
class DemoHistory implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

    /** One row per visit: who, when (clinic-local day and slot), and the pain scores. */
    private static final String VISITS = """
            create temporary table demo_visit on commit drop as
            with course as (
                select c.id as client_id, c.primary_therapist_id as therapist_id, i.assessed_on, i.pain_score,
                       i.primary_cause, p.id as plan_id, p.sessions_planned, p.sessions_per_week
                  from client c
                  join lateral (select * from intake_assessment i where i.client_id = c.id
                                 order by i.assessed_on desc, i.id desc limit 1) i on true
                  join lateral (select * from treatment_plan p where p.intake_id = i.id
                                 order by p.created_at desc, p.id desc limit 1) p on true
                 where c.primary_therapist_id is not null
                   and (not exists (select 1 from intake_red_flag f where f.intake_id = i.id)
                        or exists (select 1 from referral r where r.intake_id = i.id and r.cleared_for_treatment))),
            visit as (
                select course.*, k,
                       course.assessed_on + case when k < sessions_planned then k * 7 / sessions_per_week
                                                 else (sessions_planned - 1) * 7 / sessions_per_week
                                                      + 21 * (k - sessions_planned + 1) end as planned_day
                  from course, generate_series(0, 40) k),
            dated as (
                -- weekends move to Monday
                select visit.*, planned_day + case extract(isodow from planned_day) when 6 then 2 when 7 then 1 else 0 end
                                                as day,
                       (dense_rank() over (order by therapist_id) - 1) % :rooms as room_index
                  from visit),
            scored as (
                -- one client in eleven does not improve; stress swings by up to two points either way
                select dated.*,
                       least(10, greatest(case primary_cause when 'MUSCLE_STRAIN' then client_id % 2
                                                             when 'POSTURE_SEDENTARY' then 1
                                                             when 'STRESS_TENSION' then 1 else 2 end,
                           round(pain_score
                               - case when client_id % 11 = 0 then 0
                                      else case primary_cause
                                               when 'MUSCLE_STRAIN' then least(5, 1.5 * k)
                                               when 'POSTURE_SEDENTARY' then 0.45 * k
                                               when 'STRESS_TENSION' then 0.35 * k
                                               when 'SLEEP_ERGONOMICS' then 0.2 * k
                                               else 0.25 * k end end
                               + case when k = 0 then 0
                                      when primary_cause = 'STRESS_TENSION' then (client_id * 5 + k * 3) % 5 - 2
                                      else (client_id * 7 + k * 3) % 3 - 1 end)::int))
                           as pain_before
                  from dated
                 where day <= :lastDay
                   -- one client in six drops out after two to four visits
                   and (client_id % 6 <> 1 or k < 2 + client_id % 3))
            select client_id, therapist_id, plan_id, k, pain_before,
                   greatest(0, pain_before - case when primary_cause in ('POSTURE_SEDENTARY', 'STRESS_TENSION')
                                                  then 1 + (client_id + k) % 2 else 1 end) as pain_after,
                   room_index,
                   -- back to back from 09:00: an hour's treatment and the room's 15 minutes of turnover
                   (day + time '09:00' + interval '75 minutes'
                       * (row_number() over (partition by day, room_index order by therapist_id, client_id) - 1))
                       at time zone :zone as starts_at
              from scored""";

    private static final String APPOINTMENTS = """
            insert into appointment (client_id, therapist_id, room_id, type_id, starts_at, ends_at, blocked_until, status,
                                     created_at, created_by)
            select v.client_id, v.therapist_id, (select id from room order by id offset v.room_index limit 1),
                   t.id, v.starts_at, v.starts_at + interval '60 minutes',
                   v.starts_at + interval '60 minutes' + make_interval(mins => coalesce(t.buffer_minutes, 0)),
                   'COMPLETED', v.starts_at - interval '7 days', 'demo-history'
              from demo_visit v
              left join lateral (select id, buffer_minutes from appointment_type
                                  where minutes = 60 order by id limit 1) t on true""";

    private static final String RECORDS = """
            insert into session_record (appointment_id, client_id, author_id, pain_before, pain_after, pressure_notes,
                                        subjective, created_at)
            select a.id, v.client_id, v.therapist_id, v.pain_before, v.pain_after,
                   'Pressure as planned; client comfortable throughout.',
                   'Pain ' || v.pain_before || '/10 on arrival.', a.ends_at
              from demo_visit v
              join appointment a on a.client_id = v.client_id and a.starts_at = v.starts_at
                                and a.created_by = 'demo-history'""";

    private static final String APPLICATIONS = """
            insert into technique_application (session_record_id, position, technique, region, side, pressure, minutes,
                                               hold_seconds, tolerance)
            select s.id, pt.position, pt.technique, coalesce(r.region, 'LUMBAR_PARASPINAL'), coalesce(r.side, 'BOTH'),
                   pt.pressure, pt.minutes, (pt.hold_seconds_min + coalesce(pt.hold_seconds_max, pt.hold_seconds_min)) / 2,
                   'Comfortable'
              from demo_visit v
              join appointment a on a.client_id = v.client_id and a.starts_at = v.starts_at
                                and a.created_by = 'demo-history'
              join session_record s on s.appointment_id = a.id
              join planned_technique pt on pt.plan_id = v.plan_id
              left join lateral (select region, side from planned_technique_region
                                  where planned_technique_id = pt.id order by region, side limit 1) r on true""";

    private static final String SIGN = """
            update session_record s set status = 'SIGNED', signed_at = a.ends_at + interval '10 minutes',
                                        signed_by = s.author_id
              from appointment a
             where a.id = s.appointment_id and a.created_by = 'demo-history' and s.status = 'DRAFT'""";

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ClinicProperties clinic;

    DemoHistory(NamedParameterJdbcTemplate jdbc, TransactionTemplate transaction, Clock clock, ClinicProperties clinic) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
        this.clinic = clinic;
    }

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        Integer written = transaction.execute(status -> {
            boolean none = !Boolean.TRUE.equals(jdbc.getJdbcOperations().queryForObject(
                    "select exists (select 1 from session_record)", Boolean.class));
            Integer rooms = jdbc.getJdbcOperations().queryForObject("select count(*) from room", Integer.class);
            if (!none || rooms == null || rooms == 0) {
                return 0;
            }
            LocalDate today = LocalDate.now(clock.withZone(clinic.zone()));
            // ends a few days back: today and the days just before belong to the live diary
            jdbc.update(VISITS, Map.of("rooms", rooms, "lastDay", today.minusDays(5), "zone", clinic.zone().getId()));
            jdbc.update(APPOINTMENTS, Map.of());
            int records = jdbc.update(RECORDS, Map.of());
            jdbc.update(APPLICATIONS, Map.of());
            jdbc.update(SIGN, Map.of());
            return records;
        });
        if (written != null && written > 0) {
            log.info("Demo mode: {} past visits with signed session records in {} ms", written,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }
}
