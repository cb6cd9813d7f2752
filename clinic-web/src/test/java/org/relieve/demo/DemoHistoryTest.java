package org.relieve.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.relieve.IntegrationTest;
import org.relieve.clinical.Acuity;
import org.relieve.clinical.BodyRegion;
import org.relieve.clinical.RedFlag;
import org.relieve.clinical.RegionSide;
import org.relieve.clinical.RuleFinding;
import org.relieve.clinical.Side;
import org.relieve.clinical.Technique;
import org.relieve.clinical.TechniqueRules;
import org.relieve.common.RunAs;
import org.relieve.reporting.GroupBy;
import org.relieve.reporting.OutcomeFilter;
import org.relieve.reporting.OutcomeGroup;
import org.relieve.reporting.OutcomeReport;
import org.relieve.reporting.OutcomeReportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo clinic's past: a manager's first look at the outcome reports shows trends. */
@IntegrationTest
class DemoHistoryTest {

    @Autowired
    OutcomeReportService reports;

    @Autowired
    JdbcTemplate jdbc;

    /** The demo history's own months, before anything the other tests record this week. */
    private final OutcomeFilter history = new OutcomeFilter(LocalDate.now(ZoneId.of("Asia/Jakarta")).minusMonths(7),
            LocalDate.now(ZoneId.of("Asia/Jakarta")).minusDays(5), null, null, null);

    @Test
    void everyPastVisitIsACompletedAppointmentWithASignedRecordAndPlannedTechniques() {
        assertThat(jdbc.queryForObject("""
                select count(*) from appointment a join session_record s on s.appointment_id = a.id
                 where a.created_by = 'demo-history'""", Long.class)).isGreaterThan(200);
        assertThat(jdbc.queryForObject("""
                select count(*) from appointment a left join session_record s on s.appointment_id = a.id
                 where a.created_by = 'demo-history'
                   and (a.status <> 'COMPLETED' or s.status is distinct from 'SIGNED'
                        or not exists (select 1 from technique_application t where t.session_record_id = s.id))""",
                Long.class)).isZero();
    }

    /** Written in SQL for speed, the demo history is held to the rules the services apply when a record is saved and signed. */
    @Test
    void everyDemoTechniqueApplicationPassesTheSafetyRulesAndNoRecordIsSignedOverAnUnclearedRedFlag() {
        List<Map<String, Object>> applications = jdbc.queryForList("""
                select t.technique, t.region, t.side, t.hold_seconds, i.acuity,
                       (select string_agg(f.red_flag, ',') from intake_red_flag f where f.intake_id = i.id) as flags
                  from technique_application t
                  join session_record s on s.id = t.session_record_id
                  join appointment a on a.id = s.appointment_id and a.created_by = 'demo-history'
                  join lateral (select * from intake_assessment i where i.client_id = s.client_id
                                 order by assessed_on desc, id desc limit 1) i on true""");
        assertThat(applications).hasSizeGreaterThan(1000);
        for (Map<String, Object> row : applications) {
            Set<RedFlag> flags = row.get("flags") == null ? Set.of() : Arrays.stream(((String) row.get("flags")).split(","))
                    .map(RedFlag::valueOf).collect(Collectors.toSet());
            Integer hold = row.get("hold_seconds") == null ? null : ((Number) row.get("hold_seconds")).intValue();
            List<RuleFinding> findings = TechniqueRules.check("", Technique.valueOf((String) row.get("technique")),
                    List.of(new RegionSide(BodyRegion.valueOf((String) row.get("region")), Side.valueOf((String) row.get("side")))),
                    hold, Acuity.valueOf((String) row.get("acuity")), flags);
            assertThat(findings).as("demo application %s", row).isEmpty();
        }
        assertThat(jdbc.queryForObject("""
                select count(*) from session_record s
                  join appointment a on a.id = s.appointment_id and a.created_by = 'demo-history'
                 where exists (select 1 from intake_assessment i join intake_red_flag f on f.intake_id = i.id
                                where i.client_id = s.client_id)
                   and not exists (select 1 from intake_assessment i join referral r on r.intake_id = i.id
                                    where i.client_id = s.client_id and r.cleared_for_treatment)""", Long.class))
                .as("signed records of clients whose red flags were never cleared").isZero();
    }

    @Test
    void painFallsFastAfterAStrainSteadilyWithPostureAndSlowlyForOtherBiomechanicalCauses() {
        Map<String, OutcomeGroup> byCause = byKey(asManager(GroupBy.CAUSE));
        System.out.println("Demo outcomes by cause: " + byCause.values());
        assertThat(byCause).containsKeys("MUSCLE_STRAIN", "POSTURE_SEDENTARY", "BIOMECHANICAL_OTHER");
        assertThat(byCause.values()).filteredOn(group -> !group.suppressed()).hasSizeGreaterThanOrEqualTo(3);
        OutcomeGroup strain = byCause.get("MUSCLE_STRAIN");
        OutcomeGroup posture = byCause.get("POSTURE_SEDENTARY");
        OutcomeGroup biomechanical = byCause.get("BIOMECHANICAL_OTHER");
        assertThat(strain.mcidRate()).isGreaterThan(biomechanical.mcidRate());
        assertThat(strain.meanChange()).isLessThan(posture.meanChange());
        assertThat(posture.meanChange()).isLessThan(biomechanical.meanChange());
    }

    @Test
    void theClinicWideTrendCoversHalfAYearByMonth() {
        List<OutcomeGroup> months = asManager(GroupBy.MONTH).groups();
        System.out.println("Demo outcomes by month: " + months);
        assertThat(months).hasSizeGreaterThanOrEqualTo(6);
        assertThat(months).filteredOn(group -> !group.suppressed()).hasSizeGreaterThanOrEqualTo(4);
        System.out.println("Demo outcomes by technique: " + asManager(GroupBy.TECHNIQUE).groups());
    }

    private OutcomeReport asManager(GroupBy groupBy) {
        return RunAs.user("manager", () -> reports.report(history, groupBy), "MANAGER");
    }

    private static Map<String, OutcomeGroup> byKey(OutcomeReport report) {
        return report.groups().stream().collect(Collectors.toMap(OutcomeGroup::key, Function.identity()));
    }
}
