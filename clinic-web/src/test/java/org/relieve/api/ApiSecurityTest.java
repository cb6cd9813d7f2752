package org.relieve.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.relieve.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
class ApiSecurityTest {

    private static final String PASSWORD = "relieve-demo";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anonymousCallsGet401AsProblemDetails() throws Exception {
        mvc.perform(get("/api/staff"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Basic")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }

    @Test
    void aWrongPasswordGets401AndIsAudited() throws Exception {
        long failuresBefore = failedLogins("therapist");

        mvc.perform(get("/api/staff").with(httpBasic("therapist", "not-the-password")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(failedLogins("therapist")).isEqualTo(failuresBefore + 1);
    }

    @Test
    void everyRoleReadsTheStaffDirectory() throws Exception {
        for (String user : new String[] {"frontdesk", "therapist", "manager", "admin"}) {
            mvc.perform(get("/api/staff").param("role", "THERAPIST").with(httpBasic(user, PASSWORD)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[*].username", org.hamcrest.Matchers.hasItems("therapist", "therapist2")))
                    .andExpect(jsonPath("$[*].username", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("manager"))));
        }
    }

    @Test
    void aTherapistMayNotCreateAccounts403AsProblemDetails() throws Exception {
        mvc.perform(post("/api/staff").with(httpBasic("therapist", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username":"intruder","displayName":"X","password":"long-enough-pass","roles":["ADMIN"]}"""))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403));

        assertThat(jdbc.queryForObject("select count(*) from staff_account where username = 'intruder'", Long.class))
                .isZero();
    }

    @Test
    void badInputIsA400NamingTheFieldsAndSavesNothing() throws Exception {
        mvc.perform(post("/api/staff").with(httpBasic("admin", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username":"Bad Name!","displayName":"","password":"short","roles":[]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.containsInAnyOrder(
                        "username", "displayName", "password", "roles")));

        mvc.perform(post("/api/staff").with(httpBasic("admin", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username":"newbie","displayName":"N","password":"long-enough-pass","roles":["CHIEF"]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("roles[0]"));

        mvc.perform(post("/api/staff").with(httpBasic("admin", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"username\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The request body is not valid JSON."));

        assertThat(jdbc.queryForObject("select count(*) from staff_account where username in ('newbie')", Long.class))
                .isZero();
    }

    @Test
    void anAdminCreatesAnAccount201WithLocation() throws Exception {
        mvc.perform(post("/api/staff").with(httpBasic("admin", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username":"api-made","displayName":"Made By API","password":"long-enough-pass","roles":["THERAPIST"]}"""))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/staff/")))
                .andExpect(jsonPath("$.roles[0]").value("THERAPIST"))
                .andExpect(jsonPath("$.passwordHash").doesNotExist());

        mvc.perform(post("/api/staff").with(httpBasic("admin", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username":"api-made","displayName":"Again","password":"long-enough-pass","roles":["THERAPIST"]}"""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("The username 'api-made' is already taken."));
    }

    @Test
    void healthIsPublicButNothingElseOfActuator() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist());
        mvc.perform(get("/actuator/env")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/actuator/env").with(httpBasic("admin", PASSWORD))).andExpect(status().is3xxRedirection());
    }

    private long failedLogins(String username) {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'LOGIN_FAILED' and actor = ?",
                Long.class, username);
    }
}
