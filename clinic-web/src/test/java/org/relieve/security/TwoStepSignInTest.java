package org.relieve.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.relieve.IntegrationTest;
import org.relieve.TwoFactorAccounts;
import org.relieve.common.RunAs;
import org.relieve.staff.StaffRole;
import org.relieve.staff.StaffService;
import org.relieve.staff.TwoFactorService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

/** The password step over real HTTP requests: what a session can reach before its second factor. */
@IntegrationTest
@AutoConfigureMockMvc
class TwoStepSignInTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StaffService staff;

    @Autowired
    TwoFactorService twoFactor;

    @AfterEach
    void twoFactorOptionalAgain() {
        RunAs.user("admin", () -> twoFactor.requireForEveryone(false), "ADMIN");
    }

    @Test
    void aPasswordAloneOpensNoViewForATwoFactorAccountOnlyTheCodeStep() throws Exception {
        var accounts = new TwoFactorAccounts(staff, twoFactor);
        String username = accounts.createEnrolled("twostep", StaffRole.THERAPIST).username();

        MockHttpSession session = signIn(username);

        for (String path : new String[] {"/", "/clients", "/account", "/schedule"}) {
            mvc.perform(get(path).session(session)).andExpect(redirectedUrl("/login/code"));
        }
        mvc.perform(get("/login/code").session(session)).andExpect(passedByTheGate());
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor = ? and action = 'LOGIN_SUCCEEDED'"
                + " and detail like 'password accepted, two-factor code due%'", Long.class, username)).isEqualTo(1);
    }

    @Test
    void anAccountWithoutTwoFactorGoesStraightIn() throws Exception {
        var accounts = new TwoFactorAccounts(staff, twoFactor);
        String username = TwoFactorAccounts.uniqueName("onestep");
        accounts.create(username, StaffRole.THERAPIST);

        MockHttpSession session = signIn(username);

        mvc.perform(get("/clients").session(session)).andExpect(passedByTheGate());
    }

    @Test
    void whenAnAdministratorRequiresTwoFactorAnAccountWithoutItIsSentToEnrolFirst() throws Exception {
        var accounts = new TwoFactorAccounts(staff, twoFactor);
        String username = TwoFactorAccounts.uniqueName("mustenrol");
        accounts.create(username, StaffRole.FRONT_DESK);
        RunAs.user("admin", () -> twoFactor.requireForEveryone(true), "ADMIN");

        MockHttpSession session = signIn(username);

        mvc.perform(get("/clients").session(session)).andExpect(redirectedUrl("/account"));
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account"));
        mvc.perform(get("/account").session(session)).andExpect(passedByTheGate());
        mvc.perform(get("/api/staff").with(httpBasic(username, TwoFactorAccounts.PASSWORD)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail", containsString("required for every account")));
    }

    @Test
    void httpBasicIsRefusedForATwoFactorAccountWithAProblemPointingToTokens() throws Exception {
        var accounts = new TwoFactorAccounts(staff, twoFactor);
        String username = accounts.createEnrolled("nobasic", StaffRole.THERAPIST).username();

        mvc.perform(get("/api/staff").with(httpBasic(username, TwoFactorAccounts.PASSWORD)))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Bearer")))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail", containsString("personal access token")));

        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor = ? and action = 'LOGIN_FAILED'"
                + " and detail like 'HTTP Basic refused%'", Long.class, username)).isEqualTo(1);
    }

    @Test
    void aWrongPasswordForATwoFactorAccountSaysNothingAboutTwoFactor() throws Exception {
        var accounts = new TwoFactorAccounts(staff, twoFactor);
        String username = accounts.createEnrolled("wrongpw", StaffRole.THERAPIST).username();

        mvc.perform(get("/api/staff").with(httpBasic(username, "not-the-password")))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Basic")))
                .andExpect(jsonPath("$.detail", not(containsString("two factors"))));
    }

    @Test
    void basicKeepsWorkingForAccountsWithoutTwoFactor() throws Exception {
        mvc.perform(get("/api/staff").with(httpBasic("therapist", "relieve-demo"))).andExpect(status().isOk());
    }

    /**
     * The request went on past the two-factor gate to Vaadin. (MockMvc has no Vaadin servlet behind
     * it, so what Vaadin answers is not the point here; the browserless tests cover the views.)
     */
    private static ResultMatcher passedByTheGate() {
        return result -> assertThat(result.getResponse().getRedirectedUrl()).isNull();
    }

    private MockHttpSession signIn(String username) throws Exception {
        var result = mvc.perform(formLogin("/login").user(username).password(TwoFactorAccounts.PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
        return (MockHttpSession) result.getRequest().getSession(false);
    }
}
