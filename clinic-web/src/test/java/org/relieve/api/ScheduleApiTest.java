package org.relieve.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relieve.IntegrationTest;
import org.relieve.common.RunAs;
import org.relieve.schedule.CalendarFeedService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Scheduling endpoints of api.md against the demo clinic's rooms, therapists and hours. */
@IntegrationTest
@AutoConfigureMockMvc
class ScheduleApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CalendarFeedService feeds;

    LocalDate monday;
    long client;
    long otherClient;
    long therapist;
    long room1;
    long room2;

    @BeforeEach
    void setUp() throws Exception {
        monday = LocalDate.of(2031, 1, 6).plusWeeks(ThreadLocalRandom.current().nextInt(1, 2000))
                .with(DayOfWeek.MONDAY);
        client = register();
        otherClient = register();
        therapist = idOf(as("frontdesk", get("/api/staff").param("role", "THERAPIST")), "$[?(@.username == 'therapist')].id");
        String rooms = as("frontdesk", get("/api/rooms")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        room1 = ((Number) JsonPath.read(rooms, "$[0].id")).longValue();
        room2 = ((Number) JsonPath.read(rooms, "$[1].id")).longValue();
    }

    @Test
    void aBookingIs201AndAnOverlapIs409NamingWhoIsTaken() throws Exception {
        book(client, room1, "10:00", "11:00").andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("BOOKED"))
                .andExpect(jsonPath("$.start").value(monday + "T10:00:00+07:00"));

        book(otherClient, room2, "10:30", "11:30")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", startsWith("Maya Lee is already booked")))
                .andExpect(jsonPath("$.detail", containsString("10:00–11:00")));
    }

    @Test
    void outsideWorkingHoursIs422UnlessAReasonIsGivenAndAnOverlapStillWins() throws Exception {
        book(client, room1, "19:00", "20:00").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("outside those hours")));
        as("frontdesk", post("/api/appointments").content(booking(client, room1, "19:00", "20:00",
                "\"overrideReason\":\"Agreed late slot\","))).andExpect(status().isCreated());
        book(otherClient, room2, "19:30", "20:30").andExpect(status().isConflict());
    }

    @Test
    void statusChangesReturnTheNewVersionAndACancellationNeedsAReason() throws Exception {
        long id = idOf(book(client, room1, "10:00", "11:00"), "$.id");

        as("frontdesk", post("/api/appointments/" + id + "/cancel").content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        as("frontdesk", post("/api/appointments/" + id + "/check-in"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CHECKED_IN"))
                .andExpect(jsonPath("$.version").value(1));
        as("frontdesk", post("/api/appointments/" + id + "/cancel").content("{\"reason\":\"Felt unwell\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED"))
                .andExpect(jsonPath("$.cancellationReason").value("Felt unwell"));
    }

    @Test
    void rescheduleMovesAndAvailabilityListsFreeStartsWithOffset() throws Exception {
        long id = idOf(book(client, room1, "10:00", "11:00"), "$.id");
        as("frontdesk", post("/api/appointments/" + id + "/reschedule").content(
                "{\"start\":\"%sT14:00:00+07:00\",\"end\":\"%sT15:00:00+07:00\"}".formatted(monday, monday)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.start").value(monday + "T14:00:00+07:00"));

        as("frontdesk", get("/api/availability").param("therapistId", String.valueOf(therapist))
                .param("date", monday.toString()).param("minutes", "60"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0]").value(monday + "T09:00:00+07:00"))
                .andExpect(jsonPath("$", hasItem(monday + "T10:00:00+07:00")))
                .andExpect(jsonPath("$", org.hamcrest.Matchers.not(hasItem(monday + "T14:00:00+07:00"))));
        as("frontdesk", get("/api/appointments").param("from", monday.toString()).param("to", monday.toString())
                .param("therapistId", String.valueOf(therapist)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem((int) id)));
    }

    @Test
    void managersReadTheScheduleButDoNotBookAndBadDatesAre400() throws Exception {
        as("manager", post("/api/appointments").content(booking(client, room1, "10:00", "11:00", "")))
                .andExpect(status().isForbidden());
        as("manager", get("/api/appointments").param("from", monday.toString()).param("to", monday.toString()))
                .andExpect(status().isOk());
        as("manager", get("/api/appointments").param("from", "next tuesday").param("to", monday.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
    }

    @Test
    void theCalendarFeedAnswersItsTokenOnlyAndCarriesInitialsNotNames() throws Exception {
        book(client, room1, "10:00", "11:00").andExpect(status().isCreated());
        String token = RunAs.user("therapist", () -> feeds.issueToken(therapist), "THERAPIST");

        mvc.perform(get("/calendar/" + token + ".ics"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                .andExpect(content().string(containsString("BEGIN:VEVENT")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Rani"))));
        mvc.perform(get("/calendar/not-a-token.ics")).andExpect(status().isNotFound());

        RunAs.user("therapist", () -> feeds.revoke(therapist), "THERAPIST");
        mvc.perform(get("/calendar/" + token + ".ics")).andExpect(status().isNotFound());
    }

    private ResultActions book(long who, long room, String from, String to) throws Exception {
        return as("frontdesk", post("/api/appointments").content(booking(who, room, from, to, "")));
    }

    private String booking(long who, long room, String from, String to, String extra) {
        return """
                {%s"clientId":%d,"therapistId":%d,"roomId":%d,"start":"%sT%s:00+07:00","end":"%sT%s:00+07:00"}"""
                .formatted(extra, who, therapist, room, monday, from, monday, to);
    }

    private long register() throws Exception {
        return idOf(as("frontdesk", post("/api/clients").content("""
                {"firstName":"Rani","lastName":"Sched%s","dateOfBirth":"1988-03-04","profile":"OTHER"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8)))), "$.id");
    }

    private static long idOf(ResultActions result, String path) throws Exception {
        Object value = JsonPath.read(result.andReturn().getResponse().getContentAsString(), path);
        if (value instanceof net.minidev.json.JSONArray array) {
            value = array.getFirst();
        }
        return ((Number) value).longValue();
    }

    private ResultActions as(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "relieve-demo")).contentType(MediaType.APPLICATION_JSON));
    }
}
