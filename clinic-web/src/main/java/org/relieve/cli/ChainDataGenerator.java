package org.relieve.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntSupplier;

import org.relieve.common.ClinicProperties;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills a database with a clinic chain's three years, to measure reports at design §8's scale:
 * by default 10 000 clients, 20 therapists (one room each), 100 signed sessions per client (1 000 000
 * records, ~3.5 million technique applications, ~1 % amended), intakes dated before each client's
 * first session and a re-assessment after a relapse for a quarter of them. Pain falls at rates set
 * by the primary cause (strain fast, posture and stress steadily, sleep by two points then a
 * plateau, other biomechanical causes slowly) and a little faster with myofascial release for
 * posture and stress, deep tissue for chronic cases and trigger-point work where knots were found.
 *
 * <p>Every row is written set-based ({@code generate_series}) and obeys the schema: records are
 * drafted, given their parts, then signed, so the locking triggers run as they do for people. To
 * fit 50 000 sessions per therapist into three years without double booking, appointments are
 * 30-minute slots around the clock (one therapist per room): a load shape, not a diary.
 */
@Component
public class ChainDataGenerator {

    public static final String MARKER = "chain-generator";
    public static final String PASSWORD = "relieve-chain";
    public static final int SESSIONS_PER_CLIENT = 100;
    /** A client's sessions are this many days apart; 11 keeps every therapist's slots unique. */
    private static final int SPACING_DAYS = 11;
    private static final int SLOTS_PER_DAY = 48;

    private static final String CLIENTS = """
            insert into client (first_name, last_name, date_of_birth, email, phone, profile, primary_therapist_id,
                                consent_given_on, created_by)
            select (array['Ayu','Budi','Citra','Dewi','Eko','Fajar','Gita','Hendra','Indah','Joko'])[1 + n % 10],
                   'Chain' || lpad(n::text, 6, '0'), date '1950-01-01' + (abs(hashint4(n)) % 20000),
                   'chain' || n || '@example.com', '+62 813 ' || lpad(n::text, 8, '0'),
                   (array['OFFICE_WORKER','ATHLETE','OLDER_ADULT','OTHER'])[1 + abs(hashint4(n)) % 4],
                   (select id from staff_account where username = 'chain' || lpad((1 + (n - 1) % :therapists)::text, 2, '0')),
                   :start, :marker
              from generate_series(1, :clients) n""";

    /** Per client: its number, slot grid position, cause, acuity, baseline, technique mask, relapse. */
    private static final String CHAIN_CLIENTS = """
            create temporary table chain_client on commit drop as
            with numbered as (
                select c.id, c.primary_therapist_id as therapist_id, substring(c.last_name from 6)::int as n
                  from client c where c.created_by = :marker),
            drawn as (
                select numbered.*, (n - 1) / :therapists as j, abs(hashint4(n)) as r1, abs(hashint4(n + 1000003)) as r2,
                       abs(hashint4(n + 2000003)) as r3
                  from numbered)
            select id, therapist_id, n, j, j % 11 as off, j / 11 as slot,
                   (array['POSTURE_SEDENTARY','MUSCLE_STRAIN','STRESS_TENSION','SLEEP_ERGONOMICS','BIOMECHANICAL_OTHER'])
                       [1 + (r1 / 4) % 5] as cause,
                   (array['ACUTE','SUBACUTE','CHRONIC'])[1 + r2 % 3] as acuity,
                   (array[3, 8, 26])[1 + r2 % 3] as weeks,
                   4 + (r2 / 3) % 6 as baseline,
                   r3 % 2 = 0 as knots,
                   r3 % 4 = 0 as relapses
              from drawn""";

    private static final String INTAKES = """
            insert into intake_assessment (client_id, assessed_on, chief_complaint, pain_score, symptom_weeks, acuity,
                                           primary_cause, fascial_restriction, author_id, created_at)
            select id, :start + off - 7 - n % 14, 'Back pain (generated)', baseline, weeks, acuity, cause, cause in
                       ('POSTURE_SEDENTARY', 'STRESS_TENSION'), therapist_id, now()
              from chain_client
            union all
            select id, :start + off + 11 * 55 - 3, 'Pain back after a relapse (generated)', greatest(4, baseline - 1),
                   26, 'CHRONIC', cause, false, therapist_id, now()
              from chain_client where relapses""";

    private static final String INTAKE_CAUSES = """
            insert into intake_cause (intake_id, cause)
            select i.id, i.primary_cause from intake_assessment i join chain_client c on c.id = i.client_id""";

    /**
     * Per visit: the improvement so far (k' sessions into the current course at the client's rate)
     * and a little noise; pain after = before less one or two points (three with release for stress).
     */
    private static final String VISITS = """
            insert into appointment (client_id, therapist_id, room_id, starts_at, ends_at, blocked_until, status,
                                     created_at, created_by)
            select c.id, c.therapist_id, r.id, t.starts_at, t.starts_at + interval '25 minutes',
                   t.starts_at + interval '30 minutes', 'COMPLETED', t.starts_at - interval '7 days', :marker
              from chain_client c
              join room r on r.name = 'Chain room ' || lpad((1 + (c.n - 1) % :therapists)::text, 2, '0')
              cross join generate_series(0, :sessions - 1) k
              cross join lateral (select ((:start + c.off + 11 * k) + time '00:00' + interval '30 minutes' * c.slot)
                                             at time zone :zone as starts_at) t""";

    private static final String RECORDS = """
            insert into session_record (appointment_id, client_id, author_id, pain_before, pain_after, pressure_notes,
                                        created_at)
            select v.id, v.client_id, v.therapist_id, v.before, greatest(0, v.before - v.relief),
                   'Generated visit', v.ends_at
              from (select a.id, a.client_id, a.therapist_id, a.ends_at,
                           least(10, greatest(floor_score,
                               round(course_baseline - rate * kk)::int + case when kk = 0 then 0 else (c.n * 31 + k * 17) % 3 - 1 end))
                               as before,
                           1 + (c.n + k) % 2 + case when c.cause = 'STRESS_TENSION' then 1 else 0 end as relief
                      from appointment a
                      join chain_client c on c.id = a.client_id
                      cross join lateral (select ((a.starts_at at time zone :zone)::date - (:start + c.off)) / 11 as k) kv
                      cross join lateral (
                          select case when c.relapses and k >= 55 then k - 55 else k end as kk,
                                 case when c.relapses and k >= 55 then greatest(4, c.baseline - 1) else c.baseline end
                                     as course_baseline,
                                 case c.cause when 'MUSCLE_STRAIN' then c.n % 2
                                              when 'POSTURE_SEDENTARY' then 1
                                              when 'SLEEP_ERGONOMICS' then greatest(1, c.baseline - 2)
                                              else 2 end as floor_score,
                                 case c.cause when 'MUSCLE_STRAIN' then 0.6 when 'POSTURE_SEDENTARY' then 0.25
                                              when 'STRESS_TENSION' then 0.2 when 'SLEEP_ERGONOMICS' then 0.3
                                              else 0.08 end
                                 + case when c.cause in ('POSTURE_SEDENTARY', 'STRESS_TENSION') then 0.1 else 0 end
                                 + case when c.acuity = 'CHRONIC' and c.cause = 'BIOMECHANICAL_OTHER' then 0.05 else 0 end
                                 + case when c.knots then 0.05 else 0 end as rate) course
                     where a.created_by = :marker) v""";

    /** Effleurage and petrissage always; trigger points where knots were found; deep tissue when chronic;
     *  myofascial release for posture, stress and sleep. */
    private static final String APPLICATIONS = """
            insert into technique_application (session_record_id, position, technique, region, side, pressure, minutes,
                                               hold_seconds)
            select s.id, t.position, t.technique, t.region, 'BOTH', t.pressure, t.minutes, t.hold
              from session_record s
              join chain_client c on c.id = s.client_id
              cross join lateral (values
                      (1, 'EFFLEURAGE', 'THORACIC_PARASPINAL', 'MODERATE', 10, null::int, true),
                      (2, 'PETRISSAGE', 'LUMBAR_PARASPINAL', 'MODERATE', 10, null, true),
                      (3, 'TRIGGER_POINT', 'SCAPULAR', 'FIRM', 5, 40, c.knots),
                      (4, 'DEEP_TISSUE', 'LUMBAR_PARASPINAL', 'DEEP', 12, null, c.acuity = 'CHRONIC'),
                      (5, 'MYOFASCIAL_RELEASE', 'UPPER_TRAPEZIUS', 'LIGHT', 8, 60,
                       c.cause in ('POSTURE_SEDENTARY', 'STRESS_TENSION', 'SLEEP_ERGONOMICS')))
                   as t(position, technique, region, pressure, minutes, hold, used)
             where t.used""";

    private static final String SIGN = """
            update session_record s set status = 'SIGNED', signed_at = s.created_at + interval '10 minutes',
                                        signed_by = s.author_id
             where s.status = 'DRAFT' and s.client_id in (select id from chain_client)""";

    private static final String AMENDMENTS = """
            insert into session_amendment (session_record_id, reason, author_id, created_at, pain_before)
            select s.id, 'Before-score misheard (generated)', s.author_id, s.signed_at + interval '1 day',
                   least(10, s.pain_before + 1)
              from session_record s join chain_client c on c.id = s.client_id
             where s.id % 97 = 0""";

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final ClinicProperties clinic;

    ChainDataGenerator(NamedParameterJdbcTemplate jdbc, TransactionTemplate transaction, PasswordEncoder passwordEncoder,
                       Clock clock, ClinicProperties clinic) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.clinic = clinic;
    }

    public boolean generated() {
        return Boolean.TRUE.equals(jdbc.getJdbcOperations().queryForObject(
                "select exists (select 1 from client where created_by = ?)", Boolean.class, MARKER));
    }

    /**
     * Generates the chain in one transaction (all or nothing), then vacuums and analyses the tables.
     *
     * @return milliseconds per step, in order
     */
    public Map<String, Long> generate(int clients) {
        int therapists = Math.max(20, (clients + 499) / 500);
        if ((clients - 1) / therapists / SPACING_DAYS >= SLOTS_PER_DAY) {
            throw new IllegalArgumentException("Too many clients per therapist for the slot grid: " + clients);
        }
        LocalDate today = LocalDate.now(clock.withZone(clinic.zone()));
        LocalDate start = today.minusDays((long) SPACING_DAYS * SESSIONS_PER_CLIENT + 1);
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("marker", MARKER).addValue("clients", clients).addValue("therapists", therapists)
                .addValue("sessions", SESSIONS_PER_CLIENT).addValue("start", start).addValue("zone", clinic.zone().getId());
        Map<String, Long> timings = new LinkedHashMap<>();
        transaction.executeWithoutResult(status -> {
            time(timings, "staff and rooms", () -> staffAndRooms(therapists));
            time(timings, "clients", () -> jdbc.update(CLIENTS, parameters));
            time(timings, "client draw", () -> jdbc.update(CHAIN_CLIENTS, parameters));
            time(timings, "intakes", () -> jdbc.update(INTAKES, parameters) + jdbc.update(INTAKE_CAUSES, parameters));
            time(timings, "appointments", () -> jdbc.update(VISITS, parameters));
            time(timings, "session records", () -> jdbc.update(RECORDS, parameters));
            time(timings, "technique applications", () -> jdbc.update(APPLICATIONS, parameters));
            time(timings, "signing", () -> jdbc.update(SIGN, parameters));
            time(timings, "amendments", () -> jdbc.update(AMENDMENTS, parameters));
        });
        time(timings, "vacuum analyze", () -> {
            for (String table : new String[] {"client", "intake_assessment", "intake_cause", "appointment", "session_record",
                    "technique_application", "session_amendment", "staff_account"}) {
                jdbc.getJdbcOperations().execute("vacuum analyze " + table);
            }
            return 0;
        });
        return timings;
    }

    private int staffAndRooms(int therapists) {
        String hash = passwordEncoder.encode(PASSWORD);
        var sql = jdbc.getJdbcOperations();
        for (int t = 1; t <= therapists; t++) {
            String number = String.format("%02d", t);
            account("chain" + number, "Chain Therapist " + number, "THERAPIST", hash);
            sql.update("insert into room (name) values (?) on conflict (name) do nothing", "Chain room " + number);
        }
        account("chain-manager", "Chain Manager", "MANAGER", hash);
        return therapists;
    }

    private void account(String username, String name, String role, String hash) {
        var sql = jdbc.getJdbcOperations();
        sql.update("insert into staff_account (username, display_name, password_hash) values (?, ?, ?) "
                + "on conflict (username) do nothing", username, name, hash);
        sql.update("insert into staff_account_role (staff_account_id, role) select id, ? from staff_account "
                + "where username = ? on conflict do nothing", role, username);
    }

    private static void time(Map<String, Long> timings, String step, IntSupplier work) {
        long started = System.nanoTime();
        int rows = work.getAsInt();
        long millis = (System.nanoTime() - started) / 1_000_000;
        timings.put(step, millis);
        System.out.printf("  %-24s %,10d rows %,9d ms%n", step, rows, millis);
    }
}
