package org.relieve.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relieve.common.ClinicProperties;
import org.relieve.common.RunAs;
import org.relieve.reporting.test.ReportingTestApplication;
import org.relieve.reporting.testdata.OutcomeData;
import org.relieve.reporting.testdata.OutcomeDataset;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest(classes = ReportingTestApplication.class)
class OutcomeReportServiceTest {

    private static final OutcomeFilter YEAR_2035 = new OutcomeFilter(OutcomeDataset.FIRST_DAY, OutcomeDataset.LAST_DAY,
            null, null, null);

    @Autowired
    OutcomeReportService reports;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ClinicProperties clinic;

    OutcomeDataset data;

    @BeforeEach
    void crafted2035() {
        data = OutcomeDataset.in(jdbc, clinic.zone());
        new OutcomeData(jdbc, clinic.zone()).staff("rpt-boss", "Outcome Manager", "MANAGER");
        new OutcomeData(jdbc, clinic.zone()).staff("rpt-desk", "Outcome Desk", "FRONT_DESK");
    }

    @Test
    void theReportsMcidRuleIsTheMcidClassForEveryPairOfScores() {
        List<String> disagreements = new ArrayList<>();
        jdbc.query("select b, l, coalesce(" + Mcid.sql("l", "b") + ", false) as reached"
                        + " from generate_series(0, 10) b cross join generate_series(0, 10) l",
                rs -> {
                    int baseline = rs.getInt("b");
                    int latest = rs.getInt("l");
                    if (rs.getBoolean("reached") != Mcid.reached(baseline, latest)) {
                        disagreements.add(baseline + "→" + latest);
                    }
                });
        assertThat(disagreements).isEmpty();
        assertThat(jdbc.queryForObject("select coalesce(" + Mcid.sql("null::int", "5") + ", false)", Boolean.class))
                .isFalse();
    }

    @Test
    void byCauseTheManagerSeesEveryClientAndSmallGroupsAreSuppressed() {
        OutcomeReport report = asManager(() -> reports.report(YEAR_2035, GroupBy.CAUSE));

        assertThat(report.groups()).extracting(OutcomeGroup::key).containsExactly("MUSCLE_STRAIN", "POSTURE_SEDENTARY");
        assertThat(report.groups().getFirst()).isEqualTo(new OutcomeGroup("MUSCLE_STRAIN",
                "Muscle strain from physical activity", 3, 5, null, null, null, null, null, true));
        assertThat(report.groups().getLast()).isEqualTo(new OutcomeGroup("POSTURE_SEDENTARY",
                "Poor posture / sedentary work", 5, 11, 6.6, 4.6, -2.0, -1.36, 0.6, false));
    }

    @Test
    void aTherapistSeesTheirPrimaryClientsAndThoseTheyTreatedInThePeriod() {
        OutcomeReport ana = RunAs.user("rpt-a", () -> reports.report(YEAR_2035, GroupBy.CAUSE), "THERAPIST");
        assertThat(ana.groups()).extracting(OutcomeGroup::key).containsExactly("POSTURE_SEDENTARY");
        assertThat(ana.groups().getFirst().clients()).isEqualTo(5);

        OutcomeReport budi = RunAs.user("rpt-b", () -> reports.report(YEAR_2035, GroupBy.CAUSE), "THERAPIST");
        assertThat(budi.groups()).extracting(OutcomeGroup::key, OutcomeGroup::clients, OutcomeGroup::sessions)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MUSCLE_STRAIN", 3, 5),
                        org.assertj.core.groups.Tuple.tuple("POSTURE_SEDENTARY", 1, 2)); // A2, treated once by b
    }

    @Test
    void frontDeskGetsNoReport() {
        assertThatThrownBy(() -> RunAs.user("rpt-desk", () -> reports.report(YEAR_2035, GroupBy.CAUSE), "FRONT_DESK"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aClientsOutcomeUsesAmendedScoresAndAgreesWithMcid() {
        ClientOutcome a5 = RunAs.user("rpt-a", () -> reports.clientOutcome(data.a5), "THERAPIST");
        assertThat(a5.baseline()).isEqualTo(4);
        assertThat(a5.sessions()).singleElement().satisfies(session -> {
            assertThat(session.painBefore()).isEqualTo(2);
            assertThat(session.painAfter()).isEqualTo(1);
            assertThat(session.date()).isEqualTo(java.time.LocalDate.of(2035, 3, 9));
        });
        assertThat(a5.latest()).isEqualTo(2);
        assertThat(a5.mcidReached()).isTrue();

        ClientOutcome a1 = RunAs.user("rpt-a", () -> reports.clientOutcome(data.a1), "THERAPIST");
        assertThat(a1.sessions()).extracting(ClientOutcome.SessionScores::painBefore).containsExactly(6, 4, 3);
        assertThat(a1.latest()).isEqualTo(3);
        assertThat(a1.mcidReached()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor = 'rpt-a' and action = 'VIEW'"
                + " and target_type = 'ClientOutcome' and client_id = ?", Long.class, data.a1)).isPositive();
    }

    @Test
    void aClientOutsideTheTherapistsCareStaysClosed() {
        assertThatThrownBy(() -> RunAs.user("rpt-b", () -> reports.clientOutcome(data.a1), "THERAPIST"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asManager(() -> reports.clientOutcome(data.a1)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static <T> T asManager(java.util.function.Supplier<T> work) {
        return RunAs.user("rpt-boss", work, "MANAGER");
    }
}
