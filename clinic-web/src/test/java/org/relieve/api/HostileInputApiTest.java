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
