package org.relieve.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relieve.IntegrationTest;
import org.relieve.common.ClinicProperties;
import org.relieve.reporting.testdata.OutcomeData;
import org.relieve.reporting.testdata.OutcomeDataset;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The outcome endpoints of api.md on a crafted 2035 (OutcomeDataset's table) whose numbers were
 * worked out by hand: means over clients of baseline, latest and latest − baseline; within-session
 * change over the group's sessions; MCID share; fewer than five clients → suppressed.
 */
@IntegrationTest
@AutoConfigureMockMvc
class OutcomeApiTest {

    private static final String DEMO_PASSWORD = "relieve-demo";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ClinicProperties clinic;

    OutcomeDataset data;

    @BeforeEach
    void crafted2035() {
        data = OutcomeDataset.in(jdbc, clinic.zone());
    }

    @Test
    void byTechniqueAClientCountsUnderEveryTechniqueAndASessionOncePerTechnique() throws Exception {
        report("manager", "technique")
                .andExpect(jsonPath("$.groupBy").value("technique"))
                .andExpect(jsonPath("$.groups[*].key").value(contains("EFFLEURAGE", "MYOFASCIAL_RELEASE", "PETRISSAGE",
                        "TRIGGER_POINT")))
                // A1..A5, B1, B2; 13 sessions with effleurage (A1's first has it twice: counted once)
                .andExpect(group(0, "EFFLEURAGE", 7, 13, 6.57, 4.71, -1.86, -1.38, 0.571))
                .andExpect(jsonPath("$.groups[0].label").value("Effleurage"))
                .andExpect(suppressed(1, "MYOFASCIAL_RELEASE", 1, 1))
                .andExpect(suppressed(2, "PETRISSAGE", 3, 5))
                .andExpect(suppressed(3, "TRIGGER_POINT", 2, 2));
    }

    @Test
    void byCauseUsesTheBaselineIntakesPrimaryCauseAndAmendedScores() throws Exception {
        // A5's latest is the amended 2 (not 4), so A5 reaches MCID: 3 of 5
        report("manager", "cause")
                .andExpect(jsonPath("$.groups.length()").value(2))
                .andExpect(suppressed(0, "MUSCLE_STRAIN", 3, 5))
                .andExpect(jsonPath("$.groups[0].meanBaseline").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(group(1, "POSTURE_SEDENTARY", 5, 11, 6.6, 4.6, -2.0, -1.36, 0.6));
    }

    @Test
    void byTherapistGroupsBySessionAuthorWithTheirName() throws Exception {
        report("manager", "therapist")
                .andExpect(group(0, Long.toString(data.therapistA), 5, 10, 6.6, 4.6, -2.0, -1.3, 0.6))
                .andExpect(jsonPath("$.groups[0].label").value("Ana Outcome"))
                .andExpect(suppressed(1, Long.toString(data.therapistB), 4, 6)); // A2 once, B1..B3
    }

    @Test
    void byMonthAndWeekEachBucketHasItsOwnLatestScore() throws Exception {
        report("manager", "month")
                .andExpect(jsonPath("$.groups[*].key").value(contains("2035-03", "2035-04")))
                .andExpect(group(0, "2035-03", 8, 11, 6.38, 5.25, -1.13, -1.45, 0.375))
                .andExpect(group(1, "2035-04", 5, 5, 6.8, 4.6, -2.2, -1.2, 0.6)); // A1's draft of 04-10 is no outcome
        report("manager", "WEEK")
                .andExpect(jsonPath("$.groups[*].key").value(contains("2035-W10", "2035-W11", "2035-W12", "2035-W14",
                        "2035-W15")))
                .andExpect(group(0, "2035-W10", 8, 8, 6.38, 6.0, -0.38, -1.63, 0.125))
                .andExpect(suppressed(3, "2035-W14", 4, 4));
    }

    @Test
    void filtersNarrowSessionsAndClients() throws Exception {
        // only rpt-a's sessions: A2's latest becomes 8 (her session with b is left out)
        report("manager", "cause", "therapistId", Long.toString(data.therapistA))
                .andExpect(jsonPath("$.groups.length()").value(1))
                .andExpect(group(0, "POSTURE_SEDENTARY", 5, 10, 6.6, 4.8, -1.8, -1.3, 0.6));
        report("manager", "profile", "cause", "muscle_strain")
                .andExpect(jsonPath("$.groups.length()").value(1))
                .andExpect(suppressed(0, "ATHLETE", 3, 5));
        report("manager", "therapist", "profile", "OFFICE_WORKER")
                .andExpect(jsonPath("$.groups[0].clients").value(5))
                .andExpect(suppressed(1, Long.toString(data.therapistB), 1, 1));
        // March only: the latest scores are March's
        mvc.perform(get("/api/reports/outcomes").param("groupBy", "cause").param("from", "2035-03-01")
                        .param("to", "2035-03-31").with(httpBasic("manager", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(group(1, "POSTURE_SEDENTARY", 5, 7, 6.6, 5.4, -1.2, -1.43, 0.4));
    }

    @Test
    void aTherapistSeesOnlyTheirOwnClients() throws Exception {
        mvc.perform(get("/api/reports/outcomes").param("groupBy", "cause").param("from", "2035-01-01")
                        .param("to", "2035-12-31").with(httpBasic("rpt-a", OutcomeData.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.groups.length()").value(1))
                .andExpect(group(0, "POSTURE_SEDENTARY", 5, 11, 6.6, 4.6, -2.0, -1.36, 0.6));
        // rpt-b: primary therapist of B1..B3, and treated A2 once in the period
        mvc.perform(get("/api/reports/outcomes").param("groupBy", "cause").param("from", "2035-01-01")
                        .param("to", "2035-12-31").with(httpBasic("rpt-b", OutcomeData.PASSWORD)))
                .andExpect(suppressed(0, "MUSCLE_STRAIN", 3, 5))
                .andExpect(suppressed(1, "POSTURE_SEDENTARY", 1, 2));
    }

    @Test
    void onlyManagersAndTherapistsGetReports() throws Exception {
        report("frontdesk", "cause").andExpect(status().isForbidden());
        report("admin", "cause").andExpect(status().isForbidden());
        mvc.perform(get("/api/reports/outcomes").param("groupBy", "cause")).andExpect(status().isUnauthorized());
    }

    @Test
    void badParametersAre400NamingTheParameter() throws Exception {
        report("manager", "room").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("groupBy"))
                .andExpect(jsonPath("$.detail", containsString("technique, cause, therapist, profile, week, month")));
        mvc.perform(get("/api/reports/outcomes").with(httpBasic("manager", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("groupBy"));
        report("manager", "cause", "from", "27/11/2026").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        report("manager", "cause", "cause", "GRAVITY").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("cause"));
        report("manager", "cause", "therapistId", "lee").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("therapistId"));
        mvc.perform(get("/api/reports/outcomes").param("groupBy", "cause").param("from", "2035-05-01")
                        .param("to", "2035-04-01").with(httpBasic("manager", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("to"));
    }

    @Test
    void aClientsOutcomeIsForTherapistsInCareWithAmendedScores() throws Exception {
        as("rpt-a", OutcomeData.PASSWORD, get("/api/clients/" + data.a5 + "/outcomes")).andExpect(status().isOk())
                .andExpect(jsonPath("$.clientId").value(data.a5))
                .andExpect(jsonPath("$.baseline").value(4))
                .andExpect(jsonPath("$.sessions[0].date").value("2035-03-09"))
                .andExpect(jsonPath("$.sessions[0].painBefore").value(2))
                .andExpect(jsonPath("$.sessions[0].painAfter").value(1))
                .andExpect(jsonPath("$.latest").value(2))
                .andExpect(jsonPath("$.mcidReached").value(true));
        as("rpt-a", OutcomeData.PASSWORD, get("/api/clients/" + data.a1 + "/outcomes"))
                .andExpect(jsonPath("$.sessions[*].painBefore").value(contains(6, 4, 3)));
        as("rpt-b", OutcomeData.PASSWORD, get("/api/clients/" + data.a1 + "/outcomes")).andExpect(status().isForbidden());
        as("manager", DEMO_PASSWORD, get("/api/clients/" + data.a1 + "/outcomes")).andExpect(status().isForbidden());
        as("frontdesk", DEMO_PASSWORD, get("/api/clients/" + data.a1 + "/outcomes")).andExpect(status().isForbidden());
    }

    /** The 2035 report, grouped, as a demo account (or a crafted one), with extra parameters in pairs. */
    private ResultActions report(String user, String groupBy, String... parameters) throws Exception {
        MockHttpServletRequestBuilder request = get("/api/reports/outcomes").param("groupBy", groupBy)
                .param("from", OutcomeDataset.FIRST_DAY.toString()).param("to", OutcomeDataset.LAST_DAY.toString());
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        String password = user.startsWith("rpt-") ? OutcomeData.PASSWORD : DEMO_PASSWORD;
        return as(user, password, request);
    }

    private static ResultMatcher all(ResultMatcher... matchers) {
        return result -> {
            for (ResultMatcher matcher : matchers) {
                matcher.match(result);
            }
        };
    }

    private ResultActions as(String user, String password, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, password)));
    }

    private static ResultMatcher group(int index, String key, int clients,
            int sessions, double baseline, double latest, double change, double sessionChange, double mcidRate) {
        String at = "$.groups[" + index + "].";
        return all(
                jsonPath(at + "key").value(key),
                jsonPath(at + "clients").value(clients),
                jsonPath(at + "sessions").value(sessions),
                jsonPath(at + "meanBaseline").value(baseline),
                jsonPath(at + "meanLatest").value(latest),
                jsonPath(at + "meanChange").value(change),
                jsonPath(at + "meanSessionChange").value(sessionChange),
                jsonPath(at + "mcidRate").value(mcidRate),
                jsonPath(at + "suppressed").value(false));
    }

    private static ResultMatcher suppressed(int index, String key, int clients,
            int sessions) {
        String at = "$.groups[" + index + "].";
        return all(
                jsonPath(at + "key").value(key),
                jsonPath(at + "clients").value(clients),
                jsonPath(at + "sessions").value(sessions),
                jsonPath(at + "meanLatest").value(org.hamcrest.Matchers.nullValue()),
                jsonPath(at + "mcidRate").value(org.hamcrest.Matchers.nullValue()),
                jsonPath(at + "suppressed").value(true));
    }
}
