package org.relieve.security.matrix;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * One well-formed request per API endpoint, keyed like the expectation table ({@code POST
 * /api/plans/{id}/activate}). Bodies are valid and targets are in the state the action needs (a
 * fresh draft to activate, a fresh booked appointment to cancel), so that a 2xx cell proves the
 * request was fine and a refused cell can only be refused for who is asking.
 */
final class ApiCalls {

    private static final String INTAKE = """
            {"assessedOn":"%s","chiefComplaint":"Upper back ache after desk work","painScore":6,
             "symptomWeeks":20,"causes":["POSTURE_SEDENTARY"],"primaryCause":"POSTURE_SEDENTARY",
             "painRegions":[{"region":"THORACIC_PARASPINAL","side":"BOTH"}],
             "triggerPoints":[{"region":"SCAPULAR","side":"LEFT"}],"fascialRestriction":true,"redFlags":[]}""";

    private static final String PLAN_CONTENT = """
            "intakeId":%d,"sessionsPlanned":6,"sessionsPerWeek":1,
            "steps":[{"technique":"TRIGGER_POINT","regions":[{"region":"SCAPULAR","side":"LEFT"}],"pressure":"FIRM",
                      "minutes":5,"holdSecondsMin":30,"holdSecondsMax":30,"reason":"Knot by the scapula"}],
            "homeCare":[]""";

    private static final String RECORD_CONTENT = """
            "painBefore":6,"painAfter":4,"pressureNotes":"Moderate, even pressure","redFlags":[],
            "applications":[{"technique":"EFFLEURAGE","region":"THORACIC_PARASPINAL","side":"BOTH",
                             "pressure":"MODERATE","minutes":8,"tolerance":"comfortable"}]""";

    private ApiCalls() {
    }

    static Map<String, Supplier<MockHttpServletRequestBuilder>> of(MatrixFixture f) {
        Map<String, Supplier<MockHttpServletRequestBuilder>> calls = new LinkedHashMap<>();

        // clients (demographics)
        calls.put("GET /api/clients", () -> get("/api/clients").param("q", f.lastName));
        calls.put("POST /api/clients", () -> json(post("/api/clients"), """
                {"firstName":"Nyoman","lastName":"Matrix%s","dateOfBirth":"1990-01-02","profile":"ATHLETE"}"""
                .formatted(unique())));
        calls.put("GET /api/clients/{id}", () -> get("/api/clients/{id}", f.clientId));
        calls.put("PUT /api/clients/{id}", () -> json(put("/api/clients/{id}", f.clientId), """
                {"firstName":"Putu","lastName":"%s","dateOfBirth":"1980-06-01","profile":"OFFICE_WORKER",
                 "primaryTherapistId":%d,"version":%d}""".formatted(f.lastName, f.mayaId, f.clientVersion())));

        // staff
        calls.put("GET /api/staff", () -> get("/api/staff").param("role", "THERAPIST"));
        calls.put("GET /api/staff/{id}", () -> get("/api/staff/{id}", f.mayaId));
        calls.put("POST /api/staff", () -> json(post("/api/staff"), """
                {"username":"matrix-%s","displayName":"Matrix Made","password":"long-enough-pass","roles":["THERAPIST"]}"""
                .formatted(unique())));

        // schedule
        calls.put("GET /api/rooms", () -> get("/api/rooms"));
        calls.put("GET /api/appointments", () -> get("/api/appointments").param("from", f.today().toString())
                .param("to", f.today().toString()));
        calls.put("GET /api/appointments/{id}", () -> get("/api/appointments/{id}", f.treatedAppointmentId));
        calls.put("POST /api/appointments", () -> json(post("/api/appointments"), booking(f, f.futureSlot())));
        calls.put("POST /api/appointments/series", () -> json(post("/api/appointments/series"), """
                {"clientId":%d,"therapistId":%d,"roomId":%d,"firstStart":"%s","minutes":20,"occurrences":1,
                 "perWeek":1,"overrideReason":"%s"}""".formatted(f.clientId, f.mayaId, f.roomId, f.futureSlot(),
                MatrixFixture.OVERRIDE)));
        calls.put("POST /api/appointments/{id}/cancel", () -> json(post("/api/appointments/{id}/cancel",
                f.bookedAppointment()), "{\"reason\":\"Client is unwell\"}"));
        calls.put("POST /api/appointments/{id}/check-in", () -> post("/api/appointments/{id}/check-in",
                f.bookedAppointment()));
        calls.put("POST /api/appointments/{id}/no-show", () -> post("/api/appointments/{id}/no-show",
                f.pastAppointment()));
        calls.put("POST /api/appointments/{id}/reschedule", () -> {
            long appointment = f.bookedAppointment();
            OffsetDateTime start = f.futureSlot();
            return json(post("/api/appointments/{id}/reschedule", appointment), """
                    {"start":"%s","end":"%s","overrideReason":"%s"}""".formatted(start, start.plusMinutes(20),
                    MatrixFixture.OVERRIDE));
        });
        calls.put("GET /api/availability", () -> get("/api/availability").param("therapistId", String.valueOf(f.mayaId))
                .param("date", f.today().plusDays(1).toString()).param("minutes", "60"));

        // intakes and referrals
        calls.put("POST /api/clients/{clientId}/intakes", () -> json(post("/api/clients/{id}/intakes", f.clientId),
                INTAKE.formatted(f.today().minusDays(1))));
        calls.put("GET /api/clients/{clientId}/intakes", () -> get("/api/clients/{id}/intakes", f.clientId));
        calls.put("GET /api/intakes/{id}", () -> get("/api/intakes/{id}", f.intakeId));
        calls.put("GET /api/intakes/{id}/plan-proposal", () -> get("/api/intakes/{id}/plan-proposal", f.intakeId));
        calls.put("POST /api/intakes/{id}/referrals", () -> json(post("/api/intakes/{id}/referrals", f.intakeId),
                "{\"referredTo\":\"Dr Rahman\",\"note\":\"Please assess\",\"clearedForTreatment\":false}"));
        calls.put("GET /api/intakes/{id}/referrals", () -> get("/api/intakes/{id}/referrals", f.intakeId));

        // plans
        calls.put("POST /api/clients/{clientId}/plans", () -> json(post("/api/clients/{id}/plans", f.clientId),
                "{" + PLAN_CONTENT.formatted(f.intakeId) + "}"));
        calls.put("GET /api/clients/{clientId}/plans", () -> get("/api/clients/{id}/plans", f.clientId));
        calls.put("GET /api/plans/{id}", () -> get("/api/plans/{id}", f.activePlanId));
        calls.put("PUT /api/plans/{id}", () -> {
            MatrixFixture.Versioned draft = f.draftPlan();
            return json(put("/api/plans/{id}", draft.id()),
                    "{" + PLAN_CONTENT.formatted(f.intakeId) + ",\"version\":" + draft.version() + "}");
        });
        calls.put("POST /api/plans/{id}/activate", () -> post("/api/plans/{id}/activate", f.draftPlan().id()));
        calls.put("POST /api/plans/{id}/complete", () -> post("/api/plans/{id}/complete", f.activePlan()));

        // session records, export, outcomes
        calls.put("POST /api/appointments/{appointmentId}/session-record", () -> json(
                post("/api/appointments/{id}/session-record", f.pastAppointment()), "{" + RECORD_CONTENT + "}"));
        calls.put("GET /api/session-records/{id}", () -> get("/api/session-records/{id}", f.signedRecordId));
        calls.put("PUT /api/session-records/{id}", () -> {
            MatrixFixture.Versioned draft = f.draftRecord();
            return json(put("/api/session-records/{id}", draft.id()),
                    "{" + RECORD_CONTENT + ",\"version\":" + draft.version() + "}");
        });
        calls.put("POST /api/session-records/{id}/sign", () -> post("/api/session-records/{id}/sign",
                f.draftRecord().id()));
        calls.put("POST /api/session-records/{id}/amendments", () -> json(
                post("/api/session-records/{id}/amendments", f.signedRecordId),
                "{\"reason\":\"Pain after was misheard\",\"painAfter\":3}"));
        calls.put("GET /api/clients/{clientId}/session-records", () -> get("/api/clients/{id}/session-records",
                f.clientId));
        calls.put("GET /api/clients/{clientId}/export", () -> get("/api/clients/{id}/export", f.clientId));
        calls.put("GET /api/clients/{id}/outcomes", () -> get("/api/clients/{id}/outcomes", f.clientId));
        calls.put("GET /api/reports/outcomes", () -> get("/api/reports/outcomes").param("groupBy", "cause"));
        return calls;
    }

    private static String booking(MatrixFixture f, OffsetDateTime start) {
        return """
                {"clientId":%d,"therapistId":%d,"roomId":%d,"start":"%s","end":"%s","overrideReason":"%s"}"""
                .formatted(f.clientId, f.mayaId, f.roomId, start, start.plusMinutes(20), MatrixFixture.OVERRIDE);
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
