package org.relieve.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relieve.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Two integrations saving the same client, plan or session draft at once with the version both
 * read: one {@code 200}, one {@code 409} problem naming who saved and when ({@code changedBy},
 * {@code changedAt}), and a fresh read shows the winner's body, whole.
 */
@IntegrationTest
@AutoConfigureMockMvc
class TwoEditorsApiTest {

    private static final String PASSWORD = "relieve-demo";
    private static final String RELOAD = "^Changed by %s (at|on) .*\\d\\d:\\d\\d — reload to see their changes\\.$";

    @Autowired
    MockMvc mvc;

    private final ExecutorService editors = Executors.newFixedThreadPool(2);

    long clientId;

    @BeforeEach
    void registerClient() throws Exception {
        clientId = id(as("frontdesk", post("/api/clients").content("""
                {"firstName":"Wayan","lastName":"Twoapi%s","dateOfBirth":"1990-01-02","email":"wayan@example.com",
                 "phone":"+62 811 000 333","profile":"OTHER"}""".formatted(UUID.randomUUID().toString().substring(0, 8))))
                .andExpect(status().isCreated()));
    }

    @AfterEach
    void stopEditors() {
        editors.shutdownNow();
    }

    @Test
    void twoClientUpdatesWithTheSameVersionGiveOne200AndOne409NamingTheWinner() throws Exception {
        String client = """
                {"firstName":"Wayan","lastName":"%s","dateOfBirth":"1990-01-02","email":"%s","phone":"%s",
                 "profile":"OTHER","version":0}""";
        String lastName = JsonPath.read(as("frontdesk", get("/api/clients/" + clientId)).andReturn().getResponse()
                .getContentAsString(), "$.lastName");
        String newPhone = client.formatted(lastName, "wayan@example.com", "+62 811 999 999");
        String newEmail = client.formatted(lastName, "wayan.new@example.com", "+62 811 000 333");

        String winner = race("frontdesk", "/api/clients/" + clientId, newPhone, newEmail, "Rina Wijaya");

        String stored = as("frontdesk", get("/api/clients/" + clientId)).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(stored, "$.email")).isEqualTo(JsonPath.read(winner, "$.email"));
        assertThat((String) JsonPath.read(stored, "$.phone")).isEqualTo(JsonPath.read(winner, "$.phone"));
        assertThat((Integer) JsonPath.read(stored, "$.version")).isEqualTo(1);
    }

    @Test
    void twoPlanUpdatesWithTheSameVersionGiveOne200AndOne409NamingTheWinner() throws Exception {
        long intakeId = id(as("therapist", post("/api/clients/" + clientId + "/intakes").content("""
                {"assessedOn":"2026-11-20","chiefComplaint":"Stiff neck","painScore":5,"symptomWeeks":20,
                 "causes":["POSTURE_SEDENTARY"],"primaryCause":"POSTURE_SEDENTARY",
                 "painRegions":[{"region":"NECK","side":"BOTH"}],"fascialRestriction":false}""")));
        String plan = """
                {"intakeId":%d,"sessionsPlanned":%d,"sessionsPerWeek":%d,
                 "steps":[{"technique":"EFFLEURAGE","regions":[{"region":"NECK","side":"BOTH"}],"pressure":"LIGHT",
                           "minutes":10,"reason":"Warm up"}],
                 "homeCare":[],"version":0}""";
        long planId = id(as("therapist", post("/api/clients/" + clientId + "/plans")
                .content(plan.formatted(intakeId, 6, 1))).andExpect(status().isCreated()));

        String winner = race("therapist", "/api/plans/" + planId, plan.formatted(intakeId, 10, 1),
                plan.formatted(intakeId, 6, 2), "Maya Lee");

        String stored = as("therapist", get("/api/plans/" + planId)).andReturn().getResponse().getContentAsString();
        assertThat((Integer) JsonPath.read(stored, "$.sessionsPlanned")).isEqualTo(JsonPath.read(winner, "$.sessionsPlanned"));
        assertThat((Integer) JsonPath.read(stored, "$.sessionsPerWeek")).isEqualTo(JsonPath.read(winner, "$.sessionsPerWeek"));
        assertThat((List<?>) JsonPath.read(stored, "$.steps")).hasSize(1);
    }

    @Test
    void twoDraftUpdatesWithTheSameVersionGiveOne200AndOne409NamingTheWinner() throws Exception {
        as("therapist", post("/api/clients/" + clientId + "/intakes").content("""
                {"assessedOn":"2026-11-20","chiefComplaint":"Low back ache","painScore":6,"symptomWeeks":20,
                 "causes":["MUSCLE_STRAIN"],"primaryCause":"MUSCLE_STRAIN",
                 "painRegions":[{"region":"LUMBAR_PARASPINAL","side":"LEFT"}],"fascialRestriction":false}"""))
                .andExpect(status().isCreated());
        long therapist = ((Number) JsonPath.<net.minidev.json.JSONArray>read(as("frontdesk", get("/api/staff")
                .param("role", "THERAPIST")).andReturn().getResponse().getContentAsString(),
                "$[?(@.username == 'therapist')].id").getFirst()).longValue();
        long room = ((Number) JsonPath.read(as("frontdesk", get("/api/rooms")).andReturn().getResponse()
                .getContentAsString(), "$[0].id")).longValue();
        // before the demo clinic's six months of history, so neither Maya nor the room is taken
        OffsetDateTime start = OffsetDateTime.now(ZoneId.of("Asia/Jakarta")).minusDays(400)
                .minusMinutes((long) (Math.random() * 200_000)).truncatedTo(ChronoUnit.MINUTES);
        long appointmentId = id(as("frontdesk", post("/api/appointments").content("""
                {"clientId":%d,"therapistId":%d,"roomId":%d,"start":"%s","end":"%s","overrideReason":"recorded afterwards"}"""
                .formatted(clientId, therapist, room, start, start.plusMinutes(1)))).andExpect(status().isCreated()));
        String draft = """
                {"painBefore":6,"painAfter":%d,"pressureNotes":"%s","redFlags":[],"version":0,
                 "applications":[{"technique":"EFFLEURAGE","region":"LUMBAR_PARASPINAL","side":"LEFT",
                                  "pressure":"LIGHT","minutes":10}]}""";
        long recordId = id(as("therapist", post("/api/appointments/" + appointmentId + "/session-record")
                .content(draft.formatted(4, "Light"))).andExpect(status().isCreated()));

        String winner = race("therapist", "/api/session-records/" + recordId, draft.formatted(2, "Light"),
                draft.formatted(4, "Moderate, tolerated well"), "Maya Lee");

        String stored = as("therapist", get("/api/session-records/" + recordId)).andReturn().getResponse()
                .getContentAsString();
        assertThat((Integer) JsonPath.read(stored, "$.painAfter")).isEqualTo(JsonPath.read(winner, "$.painAfter"));
        assertThat((String) JsonPath.read(stored, "$.pressureNotes")).isEqualTo(JsonPath.read(winner, "$.pressureNotes"));
    }

    /**
     * Sends both bodies to the same resource at the same moment; asserts one 200 and one 409 whose
     * problem names the winner, and returns the winning response.
     */
    private String race(String user, String path, String first, String second, String winnerName) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        Future<MockHttpServletResponse> a = editors.submit(() -> {
            go.await();
            return as(user, put(path).content(first)).andReturn().getResponse();
        });
        Future<MockHttpServletResponse> b = editors.submit(() -> {
            go.await();
            return as(user, put(path).content(second)).andReturn().getResponse();
        });
        go.countDown();
        List<MockHttpServletResponse> responses = List.of(a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS));
        assertThat(responses).extracting(MockHttpServletResponse::getStatus).containsExactlyInAnyOrder(200, 409);
        MockHttpServletResponse conflict = responses.stream().filter(r -> r.getStatus() == 409).findFirst().orElseThrow();
        assertThat(conflict.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        String problem = conflict.getContentAsString();
        assertThat((String) JsonPath.read(problem, "$.detail")).matches(RELOAD.formatted(winnerName));
        assertThat((String) JsonPath.read(problem, "$.changedBy")).isEqualTo(winnerName);
        assertThat(OffsetDateTime.parse(JsonPath.read(problem, "$.changedAt")))
                .isCloseTo(OffsetDateTime.now(), org.assertj.core.api.Assertions.within(1, ChronoUnit.MINUTES))
                .satisfies(at -> assertThat(at.getOffset().getTotalSeconds()).isEqualTo(7 * 3600));
        return responses.stream().filter(r -> r.getStatus() == 200).findFirst().orElseThrow().getContentAsString();
    }

    private ResultActions as(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, PASSWORD)).contentType(MediaType.APPLICATION_JSON));
    }

    private static long id(ResultActions created) throws Exception {
        return ((Number) JsonPath.read(created.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }
}
