package org.relieve.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
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

/** Session-record endpoints of api.md: validation, rules, signing, amendments, access, export. */
@IntegrationTest
@AutoConfigureMockMvc
class SessionRecordApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    long clientId;
    long appointmentId;

    @BeforeEach
    void treatedAnHourAgo() throws Exception {
        clientId = id(as("frontdesk", post("/api/clients").content("""
                {"firstName":"Sesi","lastName":"Api%s","dateOfBirth":"1979-09-09","profile":"ATHLETE"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8)))));
        as("therapist", post("/api/clients/" + clientId + "/intakes").content("""
                {"assessedOn":"2026-11-01","chiefComplaint":"Low back ache","painScore":6,"symptomWeeks":20,
                 "causes":["MUSCLE_STRAIN"],"primaryCause":"MUSCLE_STRAIN",
                 "painRegions":[{"region":"LUMBAR_PARASPINAL","side":"LEFT"}],"fascialRestriction":false}"""))
                .andExpect(status().isCreated());
        long therapist = ((Number) JsonPath.<net.minidev.json.JSONArray>read(as("frontdesk", get("/api/staff")
                .param("role", "THERAPIST")).andReturn().getResponse().getContentAsString(),
                "$[?(@.username == 'therapist')].id").getFirst()).longValue();
        long room = ((Number) JsonPath.read(as("frontdesk", get("/api/rooms")).andReturn().getResponse()
                .getContentAsString(), "$[2].id")).longValue();
        OffsetDateTime start = OffsetDateTime.now(ZoneId.of("Asia/Jakarta")).minusMinutes(70 + (long) (Math.random() * 5000))
                .truncatedTo(ChronoUnit.MINUTES);
        appointmentId = id(as("frontdesk", post("/api/appointments").content("""
                {"clientId":%d,"therapistId":%d,"roomId":%d,"start":"%s","end":"%s","overrideReason":"recorded afterwards"}"""
                .formatted(clientId, therapist, room, start, start.plusMinutes(1)))));
    }

    @Test
    void badInputIs400AndASpineIs422AndNothingIsSaved() throws Exception {
        record(body(12, "EFFLEURAGE", "LUMBAR_PARASPINAL", "null")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("painBefore"));
        record(body(5, "HOT_STONES", "LUMBAR_PARASPINAL", "null")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("applications[0].technique"));
        record(body(5, "TRIGGER_POINT", "SCAPULAR", "0")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("applications[0].holdSeconds"));
        record(body(5, "PETRISSAGE", "SPINE", "null")).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("applications[0].region"));

        assertThat(jdbc.queryForObject("select count(*) from session_record where appointment_id = ?", Long.class,
                appointmentId)).isZero();
    }

    @Test
    void aDraftIsUpdatedWithItsVersionSignedAndThenOnlyAmended() throws Exception {
        long id = id(record(body(6, "TRIGGER_POINT", "SCAPULAR", "75")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.warnings[0].field").value("applications[0].holdSeconds")));

        String update = body(6, "TRIGGER_POINT", "SCAPULAR", "45").replace("\"redFlags\":[]", "\"redFlags\":[],\"version\":%d");
        as("therapist", put("/api/session-records/" + id).content(update.formatted(0))).andExpect(status().isOk())
                .andExpect(jsonPath("$.warnings").isEmpty());
        as("therapist", put("/api/session-records/" + id).content(update.formatted(0))).andExpect(status().isConflict());

        as("therapist", post("/api/session-records/" + id + "/sign")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SIGNED"));
        as("therapist", get("/api/appointments/" + appointmentId)).andExpect(jsonPath("$.status").value("COMPLETED"));
        as("therapist", put("/api/session-records/" + id).content(update.formatted(2))).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("amendment")));

        as("therapist", post("/api/session-records/" + id + "/amendments")
                .content("{\"reason\":\"After-score misheard\",\"painAfter\":1}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.painAfter").value(3))
                .andExpect(jsonPath("$.currentPainAfter").value(1));
        as("therapist", get("/api/clients/" + clientId + "/session-records"))
                .andExpect(jsonPath("$[0].amendments[0].reason").value("After-score misheard"));
    }

    @Test
    void onlyTherapistsInCareSeeRecordsAndExportsAreAudited() throws Exception {
        long id = id(record(body(6, "EFFLEURAGE", "LUMBAR_PARASPINAL", "null")));
        as("frontdesk", get("/api/session-records/" + id)).andExpect(status().isForbidden());
        as("manager", get("/api/clients/" + clientId + "/session-records")).andExpect(status().isForbidden());
        as("therapist2", get("/api/session-records/" + id)).andExpect(status().isForbidden());
        as("frontdesk", get("/api/clients/" + clientId + "/export")).andExpect(status().isForbidden());

        as("therapist", get("/api/clients/" + clientId + "/export")).andExpect(status().isOk())
                .andExpect(jsonPath("$.client.id").value(clientId))
                .andExpect(jsonPath("$.intakes[0].painScore").value(6))
                .andExpect(jsonPath("$.sessionRecords[0].id").value(id))
                .andExpect(jsonPath("$.appointments[0].id").value(appointmentId));
        assertThat(jdbc.queryForList("select action from audit_event where client_id = ? and actor = 'therapist'"
                + " and occurred_at > now() - interval '1 minute' order by id desc limit 1", String.class, clientId))
                .containsExactly("EXPORT");
    }

    private ResultActions record(String body) throws Exception {
        return as("therapist", post("/api/appointments/" + appointmentId + "/session-record").content(body));
    }

    private static String body(int painBefore, String technique, String region, String hold) {
        return """
                {"painBefore":%d,"painAfter":3,"applications":[{"technique":"%s","region":"%s","side":"LEFT",
                 "pressure":"MODERATE","minutes":10,"holdSeconds":%s,"tolerance":"fine"}],
                 "pressureNotes":"Moderate pressure, eased on the left","redFlags":[]}"""
                .formatted(painBefore, technique, region, hold);
    }

    private static long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    private ResultActions as(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "relieve-demo")).contentType(MediaType.APPLICATION_JSON));
    }
}
