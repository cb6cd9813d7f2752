package org.relieve.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.Test;
import org.relieve.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
class FormLoginTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSuccessfulSignInIsAudited() throws Exception {
        long before = count("LOGIN_SUCCEEDED", "manager");

        mvc.perform(formLogin("/login").user("manager").password("relieve-demo"))
                .andExpect(authenticated().withUsername("manager").withRoles("MANAGER"));

        assertThat(count("LOGIN_SUCCEEDED", "manager")).isEqualTo(before + 1);
    }

    @Test
    void aFailedSignInReturnsToTheLoginPageWithAnErrorAndIsAudited() throws Exception {
        long before = count("LOGIN_FAILED", "frontdesk");

        mvc.perform(formLogin("/login").user("frontdesk").password("guess"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));

        assertThat(count("LOGIN_FAILED", "frontdesk")).isEqualTo(before + 1);
    }

    @Test
    void anUnknownUsernameIsRefusedTheSameWayAndAudited() throws Exception {
        mvc.perform(formLogin("/login").user("nobody-here").password("guess"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));

        assertThat(count("LOGIN_FAILED", "nobody-here")).isEqualTo(1);
    }

    private long count(String action, String actor) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and actor = ?", Long.class,
                action, actor);
    }
}
