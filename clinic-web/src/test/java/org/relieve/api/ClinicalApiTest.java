package org.relieve.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relieve.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The published API for clients, intakes, plan proposals, plans and referrals (api.md). */
@IntegrationTest
@AutoConfigureMockMvc
class ClinicalApiTest {

    private static final String PASSWORD = "relieve-demo";

    private static final String INTAKE = """
            {"assessedOn":"2026-11-20","chiefComplaint":"Upper back ache after desk work","painScore":6,
             "symptomWeeks":20,"causes":["POSTURE_SEDENTARY"],"primaryCause":"POSTURE_SEDENTARY",
             "painRegions":[{"region":"THORACIC_PARASPINAL","side":"BOTH"}],
             "triggerPoints":[{"region":"SCAPULAR","side":"LEFT"}],"fascialRestriction":true,"redFlags":%s}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    long clientId;
    String lastName;

    @BeforeEach
    void registerClient() throws Exception {
        lastName = "Api" + UUID.randomUUID().toString().substring(0, 8);
        String body = as("frontdesk", post("/api/clients").content("""
                {"firstName":"Rani","lastName":"%s","dateOfBirth":"1988-03-04","email":"rani@example.com",
                 "phone":"+62 811 222 333","profile":"OFFICE_WORKER"}""".formatted(lastName)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/clients/")))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn().getResponse().getContentAsString();
        clientId = ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void clientsArePagedInTheSpringDataShape() throws Exception {
        // By the unique last name: "rani" also finds every earlier test's clients (the database is
        // shared), which can push this one off the first page.
        as("manager", get("/api/clients").param("q", lastName).param("size", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].id", hasItem((int) clientId)))
                .andExpect(jsonPath("$.page.size").value(5))
                .andExpect(jsonPath("$.page.totalElements").isNumber());
    }

    @Test
    void aStaleClientUpdateIsAConflict() throws Exception {
        String update = """
                {"firstName":"Rani","lastName":"Changed","dateOfBirth":"1988-03-04","profile":"ATHLETE","version":%d}""";
        as("frontdesk", put("/api/clients/" + clientId).content(update.formatted(0))).andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        as("frontdesk", put("/api/clients/" + clientId).content(update.formatted(0)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("Changed by Rina Wijaya at ")))
                .andExpect(jsonPath("$.changedBy").value("Rina Wijaya"));
    }

    @Test
    void aTherapistRecordsAnIntakeWithDerivedAcuityAndBecomesPrimaryTherapist() throws Exception {
        as("therapist", post("/api/clients/" + clientId + "/intakes").content(INTAKE.formatted("[]")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.acuity").value("CHRONIC"))
                .andExpect(jsonPath("$.unresolvedRedFlags").isEmpty());
        as("frontdesk", get("/api/clients/" + clientId)).andExpect(jsonPath("$.primaryTherapistName").value("Maya Lee"));
    }

    @Test
    void badIntakeInputIs400NamingTheFieldAndSavesNothing() throws Exception {
        as("therapist", post("/api/clients/" + clientId + "/intakes")
                .content(INTAKE.formatted("[]").replace("\"painScore\":6", "\"painScore\":11")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("painScore"));
        as("therapist", post("/api/clients/" + clientId + "/intakes")
                .content(INTAKE.formatted("[\"WOBBLY_KNEES\"]")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("redFlags[0]"));
        as("therapist", post("/api/clients/" + clientId + "/intakes")
                .content(INTAKE.formatted("[]").replace("\"chiefComplaint\":\"Upper back ache after desk work\",", "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("chiefComplaint"));
        as("therapist", post("/api/clients/" + clientId + "/intakes").content("{\"painScore\": 6,"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(jdbc.queryForObject("select count(*) from intake_assessment where client_id = ?", Long.class, clientId))
                .isZero();
    }

    @Test
    void neitherTheFrontDeskNorATherapistNotInCareReadsAnIntake() throws Exception {
        long intakeId = recordIntake("[]");
        as("frontdesk", get("/api/intakes/" + intakeId)).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        as("manager", get("/api/clients/" + clientId + "/intakes")).andExpect(status().isForbidden());
        as("therapist2", get("/api/intakes/" + intakeId)).andExpect(status().isForbidden());
        as("therapist", get("/api/intakes/" + intakeId)).andExpect(status().isOk());
    }

    @Test
    void theProposalStartsWithEffleurageAndGivesReasons() throws Exception {
        long intakeId = recordIntake("[]");
        as("therapist", get("/api/intakes/" + intakeId + "/plan-proposal"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.steps[0].technique").value("EFFLEURAGE"))
                .andExpect(jsonPath("$.steps[?(@.technique == 'TRIGGER_POINT')].holdSecondsMin").value(hasItem(20)))
                .andExpect(jsonPath("$.steps[0].reason").isNotEmpty())
                .andExpect(jsonPath("$.homeCare[0].advice").isNotEmpty())
                .andExpect(jsonPath("$.referralRequired").value(false));
    }

    @Test
    void aSpineTargetIs422AndAZeroSecondHoldIs400AndNeitherSaves() throws Exception {
        long intakeId = recordIntake("[]");
        as("therapist", post("/api/clients/" + clientId + "/plans").content(plan(intakeId, "SPINE", 30)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("steps[0].regions"))
                .andExpect(jsonPath("$.detail", containsString("spine")));
        as("therapist", post("/api/clients/" + clientId + "/plans").content(plan(intakeId, "SCAPULAR", 0)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("steps[0].holdSecondsMin"));

        assertThat(jdbc.queryForObject("select count(*) from treatment_plan where client_id = ?", Long.class, clientId))
                .isZero();
    }

    @Test
    void aHoldOutsideTheRangeIsSavedWithAWarning() throws Exception {
        long intakeId = recordIntake("[]");
        as("therapist", post("/api/clients/" + clientId + "/plans").content(plan(intakeId, "SCAPULAR", 75)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.warnings[0].field").value("steps[0].holdSecondsMin"))
                .andExpect(jsonPath("$.warnings[0].message", containsString("20–60 s")));
    }

    @Test
    void redFlagsBlockActivationUntilAClearanceIsRecorded() throws Exception {
        long intakeId = recordIntake("[\"NIGHT_PAIN\"]");
        String created = as("therapist", post("/api/clients/" + clientId + "/plans").content(plan(intakeId, "SCAPULAR", 30)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long planId = ((Number) JsonPath.read(created, "$.id")).longValue();

        as("therapist", post("/api/plans/" + planId + "/activate"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("Night pain")));
        as("therapist", post("/api/intakes/" + intakeId + "/referrals")
                .content("{\"referredTo\":\"Dr Rahman\",\"note\":\"Please assess\",\"clearedForTreatment\":false}"))
                .andExpect(status().isCreated());
        as("therapist", post("/api/plans/" + planId + "/activate")).andExpect(status().isUnprocessableContent());
        as("therapist", post("/api/intakes/" + intakeId + "/referrals")
                .content("{\"referredTo\":\"Dr Rahman\",\"note\":\"Cleared\",\"clearedForTreatment\":true}"))
                .andExpect(status().isCreated());
        as("therapist", post("/api/plans/" + planId + "/activate"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.version").isNumber());
        as("therapist", post("/api/plans/" + planId + "/complete"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"));
    }

    private long recordIntake(String redFlags) throws Exception {
        String body = as("therapist", post("/api/clients/" + clientId + "/intakes").content(INTAKE.formatted(redFlags)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private static String plan(long intakeId, String region, int holdMin) {
        return """
                {"intakeId":%d,"sessionsPlanned":6,"sessionsPerWeek":1,
                 "steps":[{"technique":"TRIGGER_POINT","regions":[{"region":"%s","side":"LEFT"}],"pressure":"FIRM",
                           "minutes":5,"holdSecondsMin":%d,"holdSecondsMax":%d,"reason":"Knots"}],
                 "homeCare":[{"advice":"Tennis ball on the knot","holdSecondsMin":20,"holdSecondsMax":60}]}"""
                .formatted(intakeId, region, holdMin, Math.max(60, holdMin));
    }

    private ResultActions as(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, PASSWORD)).contentType(MediaType.APPLICATION_JSON));
    }
}
