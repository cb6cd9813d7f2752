package org.relieve.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.relieve.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The 500s the API fuzzing found, pinned down: a NUL character in any text (PostgreSQL cannot store
 * it) and an address the security firewall refuses answer a 400 problem, a booking for a client
 * that does not exist a 404 (it failed on the foreign key), and nothing is saved.
 */
@IntegrationTest
@AutoConfigureMockMvc
class HostileInputApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aNulCharacterInTextIsA400NamingTheFieldAndNothingIsSaved() throws Exception {
        String lastName = "Nul" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/api/clients").with(httpBasic("frontdesk", "relieve-demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"firstName":"An\\u0000na","lastName":"%s","dateOfBirth":"1990-01-01","profile":"OTHER"}"""
                                .formatted(lastName)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("firstName"))
                .andExpect(jsonPath("$.errors[0].message").value("Text cannot contain the NUL character (\\u0000)."));
        assertThat(jdbc.queryForObject("select count(*) from client where last_name = ?", Long.class, lastName)).isZero();
    }

    @Test
    void aBirthDateMillenniaAgoIsA400NamingTheFieldAndNothingIsSaved() throws Exception {
        // -2147483648 as a number is an epoch day in 5,877,641 BC: found by the fuzzing, once refused only by the database
        String lastName = "Ancient" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/api/clients").with(httpBasic("frontdesk", "relieve-demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"firstName":"Ada","lastName":"%s","dateOfBirth":-2147483648,"profile":"OTHER"}"""
                                .formatted(lastName)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("dateOfBirth"))
                .andExpect(jsonPath("$.errors[0].message").value("Enter a date of birth after 1 January 1900."));
        assertThat(jdbc.queryForObject("select count(*) from client where last_name = ?", Long.class, lastName)).isZero();
    }

    @Test
    void aValueOnlyTheDatabaseRefusesIsStillA400ProblemNotA500() throws Exception {
        // PostgreSQL's timestamps end in 294276 AD; Java's go on. No field rule knows that, the database does.
        mvc.perform(post("/api/appointments").with(httpBasic("frontdesk", "relieve-demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"clientId":%d,"therapistId":%d,"roomId":%d,"start":"+300000-02-01T08:00:00Z",
                                 "end":"+300000-02-01T08:30:00Z","overrideReason":"far future"}"""
                                .formatted(anyId("client"), therapistId(), anyId("room"))))
                .andExpect(status().is4xxClientError())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private long anyId(String table) {
        return jdbc.queryForObject("select min(id) from " + table, Long.class);
    }

    private long therapistId() {
        return jdbc.queryForObject("select id from staff_account where username = 'therapist'", Long.class);
    }

    @Test
    void aBookingForAClientThatDoesNotExistIsA404() throws Exception {
        mvc.perform(post("/api/appointments").with(httpBasic("frontdesk", "relieve-demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"clientId":9223372036854775807,"therapistId":1,"roomId":1,"start":"2020-02-01T08:00Z",
                                 "end":"2020-02-01T08:30Z","overrideReason":"recorded afterwards"}"""))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Client 9223372036854775807 does not exist."));
    }

    @Test
    void anAddressTheFirewallRefusesIsA400Problem() throws Exception {
        mvc.perform(post(URI.create("/api/appointments/%2500/cancel")).with(httpBasic("frontdesk", "relieve-demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Malformed request"));
    }
}
