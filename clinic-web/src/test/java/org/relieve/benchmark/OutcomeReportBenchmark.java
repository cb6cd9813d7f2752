package org.relieve.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.relieve.cli.ChainDataGenerator;
import org.relieve.common.ClinicProperties;
import org.relieve.common.RunAs;
import org.relieve.reporting.GroupBy;
import org.relieve.reporting.OutcomeFilter;
import org.relieve.reporting.OutcomeGroup;
import org.relieve.reporting.OutcomeQuery;
import org.relieve.reporting.OutcomeReport;
import org.relieve.reporting.OutcomeReportService;
import org.relieve.testdb.TestDatabaseConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Outcome reports at a chain's scale (design §8: 1 M session records). Not a test: run with
 * {@code ./mvnw -pl clinic-web verify -Pbenchmark -Dtest=OutcomeReportBenchmark} (add
 * {@code -Dchain.clients=2000} for a quick look, or {@code -Dspring.datasource.url=…} to reuse a
 * database filled by {@code --generate-chain}). Generates the chain unless it is there, then times
 * every report grouping and the per-client outcome through the service against a hand-written
 * single {@code GROUP BY} for the same numbers (medians), checks both give the same numbers, and
 * prints the {@code EXPLAIN ANALYZE} of the slowest report.
 */
@SpringBootTest(properties = "relieve.demo.enabled=false")
@Import(TestDatabaseConfiguration.class)
class OutcomeReportBenchmark {

    private static final int RUNS = Integer.getInteger("benchmark.runs", 5);

    @Autowired
    OutcomeReportService reports;

    @Autowired
    ChainDataGenerator generator;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Autowired
    ClinicProperties clinic;

    @Test
    void reportsAtAMillionSessionRecords() {
        if (!generator.generated()) {
            int clients = Integer.getInteger("chain.clients", 10_000);
            System.out.printf("%nGenerating the chain: %,d clients%n", clients);
            long started = System.nanoTime();
            generator.generate(clients);
            System.out.printf("Generated in %,d ms%n", (System.nanoTime() - started) / 1_000_000);
        }
        var sql = jdbc.getJdbcOperations();
        System.out.printf("%nData: %,d signed session records, %,d technique applications, %,d amendments, %,d clients%n",
                sql.queryForObject("select count(*) from session_record where status = 'SIGNED'", Long.class),
                sql.queryForObject("select count(*) from technique_application", Long.class),
                sql.queryForObject("select count(*) from session_amendment", Long.class),
                sql.queryForObject("select count(*) from client", Long.class));
        System.out.println("PostgreSQL work_mem " + sql.queryForObject("show work_mem", String.class)
                + ", shared_buffers " + sql.queryForObject("show shared_buffers", String.class)
                + ", max_parallel_workers_per_gather " + sql.queryForObject("show max_parallel_workers_per_gather", String.class));

        LocalDate today = LocalDate.now(clinic.zone());
        List<Measured> measured = new ArrayList<>();
        System.out.printf("%n%-44s %12s %12s %7s%n", "report (manager unless said)", "service ms", "hand SQL ms", "ratio");
        for (GroupBy groupBy : GroupBy.values()) {
            measured.add(compare("all 3 years by " + groupBy, OutcomeFilter.everything(), groupBy, "chain-manager", "MANAGER", null));
        }
        OutcomeFilter quarter = new OutcomeFilter(today.minusMonths(3), today, null, null, null);
        measured.add(compare("last quarter by TECHNIQUE", quarter, GroupBy.TECHNIQUE, "chain-manager", "MANAGER", null));
        measured.add(compare("last quarter by WEEK", quarter, GroupBy.WEEK, "chain-manager", "MANAGER", null));
        long chain01 = sql.queryForObject("select id from staff_account where username = 'chain01'", Long.class);
        measured.add(compare("therapist chain01, all years, by CAUSE", OutcomeFilter.everything(), GroupBy.CAUSE,
                "chain01", "THERAPIST", chain01));
        measured.add(compare("filter cause=STRESS, all years, by MONTH",
                new OutcomeFilter(null, null, null, org.relieve.clinical.PainCause.STRESS_TENSION, null), GroupBy.MONTH,
                "chain-manager", "MANAGER", null));

        long client = sql.queryForObject("select min(id) from client where primary_therapist_id = ? and created_by = ?",
                Long.class, chain01, ChainDataGenerator.MARKER);
        double service = median(50, () -> RunAs.user("chain01", () -> reports.clientOutcome(client), "THERAPIST"));
        double hand = median(50, () -> jdbc.queryForList(CLIENT_OUTCOME, Map.of("client", client, "zone",
                clinic.zone().getId())));
        System.out.printf("%-44s %12.2f %12.2f %7.2f%n", "per-client outcome (100 sessions)", service, hand, service / hand);

        Measured slowest = measured.stream().max((a, b) -> Double.compare(a.serviceMillis, b.serviceMillis)).orElseThrow();
        System.out.printf("%nEXPLAIN ANALYZE of the slowest report, %s:%n", slowest.label);
        OutcomeQuery query = new OutcomeQuery(slowest.filter, slowest.groupBy, slowest.scope, clinic.zone());
        jdbc.queryForList("explain (analyze, buffers) " + query.sql(), query.parameters(), String.class)
                .forEach(line -> System.out.println("  " + line));
    }

    private record Measured(String label, OutcomeFilter filter, GroupBy groupBy, Long scope, double serviceMillis) {
    }

    private Measured compare(String label, OutcomeFilter filter, GroupBy groupBy, String user, String role, Long scope) {
        Supplier<OutcomeReport> viaService = () -> RunAs.user(user, () -> reports.report(filter, groupBy), role);
        HandWritten hand = new HandWritten(filter, groupBy, scope, clinic.zone());
        OutcomeReport report = viaService.get();
        List<Map<String, Object>> rows = jdbc.queryForList(hand.sql, hand.parameters);
        assertSameNumbers(report.groups(), rows);
        double service = median(RUNS, viaService);
        double handMillis = median(RUNS, () -> jdbc.queryForList(hand.sql, hand.parameters));
        System.out.printf("%-44s %12.0f %12.0f %7.2f%n", label, service, handMillis, service / handMillis);
        return new Measured(label, filter, groupBy, scope, service);
    }

    private static void assertSameNumbers(List<OutcomeGroup> groups, List<Map<String, Object>> rows) {
        assertThat(groups).hasSameSizeAs(rows);
        Map<String, Map<String, Object>> byKey = new java.util.HashMap<>();
        rows.forEach(row -> byKey.put(String.valueOf(row.get("key")), row));
        for (OutcomeGroup group : groups) {
            Map<String, Object> row = byKey.get(group.key());
            assertThat(row).as(group.key()).isNotNull();
            assertThat(((Number) row.get("clients")).intValue()).as(group.key()).isEqualTo(group.clients());
            assertThat(((Number) row.get("sessions")).intValue()).as(group.key()).isEqualTo(group.sessions());
            if (!group.suppressed()) {
                assertThat(((Number) row.get("mean_latest")).doubleValue()).as(group.key()).isEqualTo(group.meanLatest());
                assertThat(((Number) row.get("mean_baseline")).doubleValue()).as(group.key()).isEqualTo(group.meanBaseline());
                assertThat(((Number) row.get("mean_session_change")).doubleValue()).as(group.key())
                        .isEqualTo(group.meanSessionChange());
                assertThat(((Number) row.get("mcid_rate")).doubleValue()).as(group.key()).isEqualTo(group.mcidRate());
            }
        }
    }

    /** Median milliseconds of {@code runs} runs after one warm-up. */
    private static double median(int runs, Supplier<?> work) {
        work.get();
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            work.get();
            millis.add((System.nanoTime() - started) / 1e6);
        }
        millis.sort(Double::compare);
        return millis.get(millis.size() / 2);
    }

    private static final String CLIENT_OUTCOME = """
            select s.id, (a.starts_at at time zone :zone)::date as day,
                   coalesce(m.pain_before, s.pain_before) as pain_before, coalesce(m.pain_after, s.pain_after) as pain_after,
                   (select pain_score from intake_assessment i where i.client_id = s.client_id
                     order by assessed_on desc limit 1) as latest_intake
              from session_record s
              join appointment a on a.id = s.appointment_id
              left join lateral (select (array_agg(pain_before order by created_at desc) filter (where pain_before is not null))[1] as pain_before,
                                        (array_agg(pain_after order by created_at desc) filter (where pain_after is not null))[1] as pain_after
                                   from session_amendment where session_record_id = s.id) m on true
             where s.client_id = :client and s.status = 'SIGNED'
             order by a.starts_at""";

    /**
     * The same numbers written the obvious way, independently of OutcomeQuery: window functions
     * for each client's first and last session, then one GROUP BY. (It joins technique
     * applications as they are: the generated sessions apply each technique once.)
     */
    private static final class HandWritten {
        final String sql;
        final MapSqlParameterSource parameters = new MapSqlParameterSource();

        HandWritten(OutcomeFilter filter, GroupBy groupBy, Long scope, ZoneId zone) {
            parameters.addValue("zone", zone.getId());
            String where = "s.status = 'SIGNED'";
            if (filter.from() != null) {
                where += " and a.starts_at >= :from";
                parameters.addValue("from", filter.from().atStartOfDay(zone).toOffsetDateTime());
            }
            if (filter.to() != null) {
                where += " and a.starts_at < :to";
                parameters.addValue("to", filter.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
            }
            if (scope != null) {
                where += " and (s.client_id in (select id from client where primary_therapist_id = :me)"
                        + " or s.client_id in (select s2.client_id from session_record s2 join appointment a2 on a2.id = s2.appointment_id"
                        + " where s2.author_id = :me and s2.status = 'SIGNED'"
                        + (filter.from() != null ? " and a2.starts_at >= :from" : "")
                        + (filter.to() != null ? " and a2.starts_at < :to" : "") + "))";
                parameters.addValue("me", scope);
            }
            String clientWhere = "true";
            if (filter.cause() != null) {
                clientWhere += " and i.primary_cause = :cause";
                parameters.addValue("cause", filter.cause().name());
            }
            if (filter.profile() != null) {
                clientWhere += " and cl.profile = :profile";
                parameters.addValue("profile", filter.profile().name());
            }
            String bucket = switch (groupBy) {
                case WEEK -> "to_char(a.starts_at at time zone :zone, 'IYYY-\"W\"IW')";
                case MONTH -> "to_char(a.starts_at at time zone :zone, 'YYYY-MM')";
                default -> "''";
            };
            String sessionKey = switch (groupBy) {
                case TECHNIQUE -> "t.technique";
                case THERAPIST -> "x.author_id::text";
                default -> "''";
            };
            String techniqueJoin = groupBy == GroupBy.TECHNIQUE
                    ? "join technique_application t on t.session_record_id = x.id" : "";
            String key = switch (groupBy) {
                case TECHNIQUE, THERAPIST -> "g.skey";
                case CAUSE -> "c.cause";
                case PROFILE -> "c.profile";
                case WEEK, MONTH -> "c.bucket";
            };
            sql = """
                    with am as (
                        select session_record_id,
                               (array_agg(pain_before order by created_at desc, id desc) filter (where pain_before is not null))[1] as pb,
                               (array_agg(pain_after order by created_at desc, id desc) filter (where pain_after is not null))[1] as pa
                          from session_amendment group by 1),
                    x as (
                        select s.id, s.client_id, s.author_id, %s as bucket,
                               coalesce(am.pb, s.pain_before) as pb, coalesce(am.pa, s.pain_after) as pa,
                               row_number() over w_desc as recency,
                               min(a.starts_at) over w as first_at
                          from session_record s
                          join appointment a on a.id = s.appointment_id
                          left join am on am.session_record_id = s.id
                         where %s
                        window w as (partition by s.client_id, %s),
                               w_desc as (partition by s.client_id, %s order by a.starts_at desc, s.id desc)),
                    c as (
                        select x.client_id, x.bucket, x.pb as latest, i.pain_score as baseline, i.primary_cause as cause,
                               cl.profile
                          from x
                          join client cl on cl.id = x.client_id
                          left join lateral (select pain_score, primary_cause from intake_assessment i
                                              where i.client_id = x.client_id
                                                and i.assessed_on <= (x.first_at at time zone :zone)::date
                                              order by assessed_on desc, id desc limit 1) i on true
                         where x.recency = 1 and %s),
                    g as (
                        select %s as skey, x.client_id, x.bucket, count(*) as n, sum(x.pa - x.pb) as ch
                          from x %s
                         group by 1, 2, 3)
                    select %s as key, count(*) as clients, sum(g.n) as sessions,
                           round(avg(c.baseline), 2) as mean_baseline, round(avg(c.latest), 2) as mean_latest,
                           round(avg(c.latest - c.baseline), 2) as mean_change,
                           round(sum(g.ch)::numeric / sum(g.n), 2) as mean_session_change,
                           round(avg(case when c.latest <= c.baseline - 2 and c.latest <= 0.7 * c.baseline then 1 else 0 end), 3)
                               as mcid_rate
                      from g join c on c.client_id = g.client_id and c.bucket = g.bucket
                     where %s is not null
                     group by 1 order by 1""".formatted(bucket, where, bucket, bucket, clientWhere, sessionKey,
                    techniqueJoin, key, key);
        }
    }
}
