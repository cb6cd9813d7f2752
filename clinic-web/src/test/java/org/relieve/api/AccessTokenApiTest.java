package org.relieve.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import jakarta.validation.ConstraintViolationException;

import org.junit.jupiter.api.Test;
import org.relieve.IntegrationTest;
import org.relieve.TwoFactorAccounts;
import org.relieve.common.BusinessRuleException;
import org.relieve.common.RunAs;
import org.relieve.staff.AccessTokenService;
import org.relieve.staff.IssuedAccessToken;
import org.relieve.staff.StaffRole;
import org.relieve.staff.StaffService;
import org.relieve.staff.TwoFactorService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Personal access tokens on the API: create, use, revoke, expiry, a disabled owner. */
@IntegrationTest
@AutoConfigureMockMvc
class AccessTokenApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StaffService staff;

    @Autowired
    TwoFactorService twoFactor;

    @Autowired
    AccessTokenService tokens;

    @Test
    void aTwoFactorAccountCallsTheApiWithItsTokenActingWithItsRoles() throws Exception {
        String owner = new TwoFactorAccounts(staff, twoFactor).createEnrolled("tokenuser", StaffRole.THERAPIST).username();
        IssuedAccessToken issued = create(owner, "Practice export", LocalDate.now().plusDays(30));

        call(issued.token())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].username", org.hamcrest.Matchers.hasItem("therapist")));
        mvc.perform(post("/api/staff").header("Authorization", "Bearer " + issued.token())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username":"tokenmade","displayName":"X","password":"long-enough-pass","roles":["ADMIN"]}"""))
                .andExpect(status().isForbidden());

        assertThat(jdbc.queryForObject("select last_used_at is not null from personal_access_token where id = ?",
                Boolean.class, issued.details().id())).isTrue();
    }

    @Test
    void theFirstUseOfADayIsAuditedNotEveryUse() throws Exception {
        String owner = plainAccount("dailyuse");
        IssuedAccessToken issued = create(owner, "Nightly sync", LocalDate.now().plusDays(30));

        call(issued.token()).andExpect(status().isOk());
        call(issued.token()).andExpect(status().isOk());

        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor = ? and action = 'LOGIN_SUCCEEDED'"
                + " and target_type = 'PersonalAccessToken'", Long.class, owner)).isEqualTo(1);
    }

    @Test
    void aRevokedTokenStopsAtOnce() throws Exception {
        String owner = plainAccount("revoked");
        IssuedAccessToken issued = create(owner, "Old laptop", LocalDate.now().plusDays(30));
        call(issued.token()).andExpect(status().isOk());

        RunAs.user(owner, () -> tokens.revoke(issued.details().id()), "THERAPIST");

        call(issued.token())
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("WWW-Authenticate", containsString("Bearer")))
                .andExpect(jsonPath("$.detail", containsString("revoked")));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor = ? and action = 'LOGIN_FAILED'"
                + " and detail like '%refused: revoked'", Long.class, owner)).isEqualTo(1);
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        String owner = plainAccount("expired");
        IssuedAccessToken issued = create(owner, "Short lived", LocalDate.now().plusDays(2));
        jdbc.update("update personal_access_token set created_at = now() - interval '10 days',"
                + " expires_at = now() - interval '1 minute' where id = ?", issued.details().id());

        call(issued.token()).andExpect(status().isUnauthorized());
    }

    @Test
    void disablingTheOwnerStopsTheirTokensAtOnce() throws Exception {
        String owner = plainAccount("disabled");
        IssuedAccessToken issued = create(owner, "Integration", LocalDate.now().plusDays(30));
        call(issued.token()).andExpect(status().isOk());

        jdbc.update("update staff_account set enabled = false where username = ?", owner);

        call(issued.token()).andExpect(status().isUnauthorized());
    }

    @Test
    void anUnknownOrForgedTokenIsA401Problem() throws Exception {
        call("rlv_" + "A".repeat(43))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
        call("not-even-ours").andExpect(status().isUnauthorized());
    }

    @Test
    void aTokenNeedsANameAndAnExpiryWithinAYear() {
        String owner = plainAccount("rules");

        assertThatThrownBy(() -> create(owner, " ", LocalDate.now().plusDays(3)))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("Name the token");
        assertThatThrownBy(() -> create(owner, "Yesterday", LocalDate.now().minusDays(1)))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("after today");
        assertThatThrownBy(() -> create(owner, "Forever", LocalDate.now().plusYears(5)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("at most a year");
    }

    @Test
    void noOneCanRevokeSomeoneElsesToken() {
        String owner = plainAccount("mine");
        IssuedAccessToken issued = create(owner, "Mine", LocalDate.now().plusDays(30));

        assertThatThrownBy(() -> RunAs.user("therapist2", () -> tokens.revoke(issued.details().id()), "THERAPIST"))
                .isInstanceOf(org.relieve.common.RecordNotFoundException.class);
        assertThat(jdbc.queryForObject("select revoked_at is null from personal_access_token where id = ?",
                Boolean.class, issued.details().id())).isTrue();
    }

    private String plainAccount(String prefix) {
        String username = TwoFactorAccounts.uniqueName(prefix);
        new TwoFactorAccounts(staff, twoFactor).create(username, StaffRole.THERAPIST);
        return username;
    }

    private IssuedAccessToken create(String owner, String name, LocalDate expiresOn) {
        return RunAs.user(owner, () -> tokens.create(name, expiresOn), "THERAPIST");
    }

    private ResultActions call(String token) throws Exception {
        return mvc.perform(get("/api/staff").header("Authorization", "Bearer " + token));
    }
}
