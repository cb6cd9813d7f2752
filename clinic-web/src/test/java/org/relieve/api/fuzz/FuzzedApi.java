package org.relieve.api.fuzz;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import com.vaadin.flow.internal.CurrentInstance;
import org.relieve.IntegrationTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestContextManager;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The running API for the fuzzing properties, which run on jqwik rather than Jupiter and so have
 * no Spring extension: the application context comes from Spring's test context cache (the same
 * one the {@code @IntegrationTest} API tests use), once per JVM. Holds the write endpoints found in
 * the handler mappings, a client with an intake, a draft plan, a past appointment and a session
 * draft to aim them at, a valid body per endpoint, and a fingerprint of the database.
 */
final class FuzzedApi {

    /** A write endpoint as mapped, with who may call it and a body it would accept. */
    record Endpoint(HttpMethod method, String pattern, String user, Map<String, Long> pathIds, String validBody) {

        String key() {
            return method + " " + pattern;
        }

        String path(Map<String, String> ids) {
            String path = pattern;
            for (Map.Entry<String, String> id : ids.entrySet()) {
                path = path.replace("{" + id.getKey() + "}", id.getValue());
            }
            return path;
        }

        boolean known() {
            return validBody != null;
        }
    }

    private static FuzzedApi instance;

    private final ApplicationContext context;
    private final MockMvc mvc;
    private final JdbcTemplate jdbc;
    private final UserDetailsService staff;
    private final Map<String, UserDetails> users = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<Endpoint> endpoints;
    private final String fingerprintQuery;

    @IntegrationTest
    @AutoConfigureMockMvc
    private static final class ApiContext {
    }

    static synchronized FuzzedApi get() {
        if (instance == null) {
            instance = new FuzzedApi();
        }
        instance.realignThreadState();
        return instance;
    }

    private FuzzedApi() {
        try {
            context = new TestContextManager(ApiContext.class).getTestContext().getApplicationContext();
        } catch (Exception e) {
            throw new IllegalStateException("the application did not start", e);
        }
        realignThreadState();
        mvc = context.getBean(MockMvc.class);
        jdbc = context.getBean(JdbcTemplate.class);
        staff = context.getBean(UserDetailsService.class);
        fingerprintQuery = fingerprintQuery();
        endpoints = writeEndpoints(new Records().create());
    }

    /** As {@code FreshVaadinThreadState} does for Jupiter tests: this context's security strategy, no Vaadin session. */
    private void realignThreadState() {
        context.getBeanProvider(SecurityContextHolderStrategy.class).ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        CurrentInstance.clearAll();
    }

    List<Endpoint> endpoints() {
        return endpoints;
    }

    /**
     * Sends the request as the staff member. Signed in as the account's stored details rather than
     * with HTTP Basic: two thousand password hashes would cost minutes, and authentication is not
     * what is fuzzed here.
     */
    MockHttpServletResponse send(HttpMethod method, String path, String username, String body) {
        UserDetails user = users.computeIfAbsent(username, staff::loadUserByUsername);
        try {
            return mvc.perform(request(method, path).with(user(user))
                    .contentType(MediaType.APPLICATION_JSON).characterEncoding("UTF-8").content(body))
                    .andReturn().getResponse();
        } catch (Exception e) {
            throw new AssertionError("the request escaped the application's error handling: " + e, e);
        }
    }

    /**
     * Row count and checksum of every table a request could write, so a rejected request is seen
     * to have left the data as it was. The audit trail is left out: a refused attempt is recorded
     * there on purpose.
     */
    Map<String, String> fingerprint() {
        Map<String, String> tables = new LinkedHashMap<>();
        jdbc.query(fingerprintQuery, row -> {
            tables.put(row.getString(1), row.getString(2));
        });
        return tables;
    }

    private String fingerprintQuery() {
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables "
                + "where table_schema = current_schema() and table_type = 'BASE TABLE' "
                + "and table_name not like 'audit%' and table_name <> 'flyway_schema_history' order by table_name",
                String.class);
        return String.join(" union all ", tables.stream().map(table -> "select '" + table + "', count(*) || ':' || "
                + "md5(coalesce(string_agg(t::text, ',' order by t::text), '')) from " + table + " t").toList());
    }

    /** Every POST, PUT, PATCH and DELETE under /api, so a new endpoint is fuzzed without being listed here. */
    private List<Endpoint> writeEndpoints(Records records) {
        Set<RequestMethod> writes = Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE);
        List<Endpoint> found = new ArrayList<>();
        context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class).getHandlerMethods()
                .keySet().forEach(info -> info.getPatternValues().stream().filter(pattern -> pattern.startsWith("/api/"))
                        .forEach(pattern -> info.getMethodsCondition().getMethods().stream().filter(writes::contains)
                                .forEach(method -> found.add(records.endpoint(HttpMethod.valueOf(method.name()), pattern)))));
        found.sort(Comparator.comparing(Endpoint::key));
        return List.copyOf(found);
    }

    /** The records the endpoints are aimed at, made through the API itself. */
    private final class Records {

        private final String suffix = UUID.randomUUID().toString().substring(0, 8);
        private final OffsetDateTime past = OffsetDateTime.of(2020, 1, 6, 2, 0, 0, 0, ZoneOffset.UTC)
                .plusDays(ThreadLocalRandom.current().nextInt(0, 300)).plusMinutes(ThreadLocalRandom.current().nextInt(0, 50));
        private long clientId;
        private long intakeId;
        private long planId;
        private long therapistId;
        private long otherTherapistId;
        private long roomId;
        private long appointmentId;
        private long actionAppointmentId;
        private long recordId;

        Records create() {
            clientId = id(created(HttpMethod.POST, "/api/clients", "frontdesk", client()));
            intakeId = id(created(HttpMethod.POST, "/api/clients/" + clientId + "/intakes", "therapist", intake()));
            planId = id(created(HttpMethod.POST, "/api/clients/" + clientId + "/plans", "therapist", plan()));
            String staff = contentOf(send(HttpMethod.GET, "/api/staff?role=THERAPIST", "frontdesk", ""));
            therapistId = ((Number) JsonPath.<List<Object>>read(staff, "$[?(@.username == 'therapist')].id").getFirst()).longValue();
            otherTherapistId = ((Number) JsonPath.<List<Object>>read(staff, "$[?(@.username == 'therapist2')].id").getFirst()).longValue();
            roomId = ((Number) JsonPath.read(contentOf(send(HttpMethod.GET, "/api/rooms", "frontdesk", "")), "$[0].id")).longValue();
            appointmentId = id(created(HttpMethod.POST, "/api/appointments", "frontdesk", booking(therapistId, past)));
            actionAppointmentId = id(created(HttpMethod.POST, "/api/appointments", "frontdesk",
                    booking(otherTherapistId, past.plusHours(3))));
            recordId = id(created(HttpMethod.POST, "/api/appointments/" + appointmentId + "/session-record", "therapist",
                    sessionRecord(null)));
            return this;
        }

        /** The endpoint with its caller, the ids for its path and a body it accepts (none for an endpoint unknown here). */
        Endpoint endpoint(HttpMethod method, String pattern) {
            String key = method + " " + pattern;
            return switch (key) {
                case "POST /api/clients" -> new Endpoint(method, pattern, "frontdesk", Map.of(), client());
                case "PUT /api/clients/{id}" -> new Endpoint(method, pattern, "frontdesk", Map.of("id", clientId),
                        client().replace("}", ",\"version\":0}"));
                case "POST /api/clients/{clientId}/intakes" -> new Endpoint(method, pattern, "therapist",
                        Map.of("clientId", clientId), intake());
                case "POST /api/intakes/{id}/referrals" -> new Endpoint(method, pattern, "therapist", Map.of("id", intakeId),
                        "{\"referredTo\":\"Dr Sari, GP\",\"note\":\"Please assess\",\"clearedForTreatment\":false}");
                case "POST /api/clients/{clientId}/plans" -> new Endpoint(method, pattern, "therapist",
                        Map.of("clientId", clientId), plan());
                case "PUT /api/plans/{id}" -> new Endpoint(method, pattern, "therapist", Map.of("id", planId),
                        plan().replace("\"homeCare\":[]", "\"homeCare\":[],\"version\":0"));
                case "POST /api/plans/{id}/activate", "POST /api/plans/{id}/complete" ->
                        new Endpoint(method, pattern, "therapist", Map.of("id", planId), "{}");
                case "POST /api/appointments" -> new Endpoint(method, pattern, "frontdesk", Map.of(),
                        booking(otherTherapistId, past.plusHours(6)));
                case "POST /api/appointments/series" -> new Endpoint(method, pattern, "frontdesk", Map.of(), """
                        {"clientId":%d,"therapistId":%d,"roomId":%d,"firstStart":"%s","minutes":30,"occurrences":2,
                         "perWeek":1,"overrideReason":"fuzzing"}""".formatted(clientId, otherTherapistId, roomId,
                        past.plusHours(9)));
                case "POST /api/appointments/{id}/cancel" -> new Endpoint(method, pattern, "frontdesk",
                        Map.of("id", actionAppointmentId), "{\"reason\":\"Client unwell\"}");
                case "POST /api/appointments/{id}/check-in", "POST /api/appointments/{id}/no-show" ->
                        new Endpoint(method, pattern, "frontdesk", Map.of("id", actionAppointmentId), "{}");
                case "POST /api/appointments/{id}/reschedule" -> new Endpoint(method, pattern, "frontdesk",
                        Map.of("id", actionAppointmentId), "{\"start\":\"%s\",\"end\":\"%s\",\"roomId\":%d,\"overrideReason\":\"fuzzing\"}"
                        .formatted(past.plusHours(12), past.plusHours(13), roomId));
                case "POST /api/appointments/{appointmentId}/session-record" -> new Endpoint(method, pattern, "therapist",
                        Map.of("appointmentId", appointmentId), sessionRecord(null));
                case "PUT /api/session-records/{id}" -> new Endpoint(method, pattern, "therapist", Map.of("id", recordId),
                        sessionRecord(0L));
                case "POST /api/session-records/{id}/sign" -> new Endpoint(method, pattern, "therapist",
                        Map.of("id", recordId), "{}");
                case "POST /api/session-records/{id}/amendments" -> new Endpoint(method, pattern, "therapist",
                        Map.of("id", recordId), "{\"reason\":\"After-score misheard\",\"painAfter\":2}");
                case "POST /api/staff" -> new Endpoint(method, pattern, "admin", Map.of(), """
                        {"username":"fuzz-%s","displayName":"Fuzz Desk","password":"a-long-fuzzing-password-1",
                         "roles":["FRONT_DESK"]}""".formatted(suffix));
                default -> new Endpoint(method, pattern, "admin", Map.of(), null);
            };
        }

        private String client() {
            return """
                    {"firstName":"Fuzz","lastName":"Client%s","dateOfBirth":"1984-05-06","email":"fuzz@example.com",
                     "phone":"+62 811 123 456","profile":"OFFICE_WORKER"}""".formatted(suffix);
        }

        private String intake() {
            return """
                    {"assessedOn":"2019-12-20","chiefComplaint":"Upper back ache","painScore":6,"symptomWeeks":20,
                     "causes":["POSTURE_SEDENTARY"],"primaryCause":"POSTURE_SEDENTARY",
                     "painRegions":[{"region":"THORACIC_PARASPINAL","side":"BOTH"}],
                     "triggerPoints":[{"region":"SCAPULAR","side":"LEFT"}],"fascialRestriction":true,"redFlags":[],
                     "palpationNotes":"Knot medial to the left scapula","goals":"Sit through a work day"}""";
        }

        private String plan() {
            return """
                    {"intakeId":%d,"sessionsPlanned":6,"sessionsPerWeek":1,
                     "steps":[{"technique":"TRIGGER_POINT","regions":[{"region":"SCAPULAR","side":"LEFT"}],
                               "pressure":"FIRM","minutes":5,"holdSecondsMin":30,"holdSecondsMax":60,"reason":"Knots"}],
                     "homeCare":[]}""".formatted(intakeId);
        }

        private String booking(long therapist, OffsetDateTime start) {
            return """
                    {"clientId":%d,"therapistId":%d,"roomId":%d,"start":"%s","end":"%s","notes":"Fuzzing",
                     "overrideReason":"recorded afterwards"}""".formatted(clientId, therapist, roomId, start,
                    start.plusMinutes(30));
        }

        private String sessionRecord(Long version) {
            return """
                    {"painBefore":6,"painAfter":3,"pressureNotes":"Firm on the left","subjective":"Less stiff",
                     "objective":"Taut band","assessment":"Improving","plan":"Continue weekly","redFlags":[],
                     "applications":[{"technique":"TRIGGER_POINT","region":"SCAPULAR","side":"LEFT","pressure":"FIRM",
                                      "minutes":5,"holdSeconds":45,"tolerance":"Comfortable"}]%s}"""
                    .formatted(version == null ? "" : ",\"version\":" + version);
        }

        private MockHttpServletResponse created(HttpMethod method, String path, String user, String body) {
            MockHttpServletResponse response = send(method, path, user, body);
            if (response.getStatus() != 201) {
                throw new IllegalStateException(method + " " + path + " answered " + response.getStatus() + ": "
                        + contentOf(response));
            }
            return response;
        }
    }

    static String contentOf(MockHttpServletResponse response) {
        try {
            return response.getContentAsString();
        } catch (Exception e) {
            return "(unreadable: " + e + ")";
        }
    }

    private static long id(MockHttpServletResponse response) {
        return ((Number) JsonPath.read(contentOf(response), "$.id")).longValue();
    }
}
