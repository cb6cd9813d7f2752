package org.relieve.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.relieve.IntegrationTest;
import org.relieve.common.RunAs;
import org.relieve.staff.NewStaffAccount;
import org.relieve.staff.StaffRole;
import org.relieve.staff.StaffService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Throttling through the real sign-in paths, with low limits of its own (an application context of
 * its own too, so other tests keep their lenient limits). Every test uses fresh accounts and
 * addresses: locks outlive a test.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {
        "relieve.security.login-throttle.account-failures-before-lock=3",
        "relieve.security.login-throttle.address-failures-before-lock=6",
        "relieve.security.hsts=true"})
class LoginThrottlingTest {

    private static final String PASSWORD = "a-long-and-unusual-passphrase";

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffService staff;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void afterThreeFailuresEvenTheRightPasswordIsRefusedWithTheSameMessageAndItIsAudited() throws Exception {
        String username = freshTherapist();
        RequestPostProcessor from = from(freshAddress());
        for (int failure = 1; failure <= 3; failure++) {
            signIn(username, "wrong-" + failure, from)
                    .andExpect(unauthenticated())
                    .andExpect(redirectedUrl("/login?error"));
        }

        signIn(username, PASSWORD, from)
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));

        assertThat(audited("LOGIN_FAILED", username)).isEqualTo(3);
        assertThat(auditDetails("LOGIN_THROTTLED", username)).anySatisfy(detail -> assertThat(detail)
                .startsWith("account '" + username + "' locked for 30 s after 3 failed sign-ins"))
                .anySatisfy(detail -> assertThat(detail).startsWith("refused while locked"));
    }

    @Test
    void theLockHoldsFromAnotherAddressAndOverTheApiWhichAnswers429WithRetryAfter() throws Exception {
        String username = freshTherapist();
        for (int failure = 1; failure <= 3; failure++) {
            signIn(username, "wrong", from(freshAddress()));
        }

        mvc.perform(get("/api/staff").with(httpBasic(username, PASSWORD)).with(from(freshAddress())))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-3][0-9]")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Too many failed sign-ins")));
    }

    @Test
    void apiGuessesCountTooAndAnUnknownUsernameLocksLikeARealOne() throws Exception {
        String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        RequestPostProcessor from = from(freshAddress());
        for (int failure = 1; failure <= 3; failure++) {
            mvc.perform(get("/api/staff").with(httpBasic(nobody, "guess")).with(from))
                    .andExpect(status().isUnauthorized());
        }

        mvc.perform(get("/api/staff").with(httpBasic(nobody, "guess")).with(from))
                .andExpect(status().isTooManyRequests());
    }

    @Test
    void oneAddressGuessingManyUsernamesIsLockedForEveryone() throws Exception {
        String address = freshAddress();
        for (int failure = 1; failure <= 6; failure++) {
            signIn("guess-" + UUID.randomUUID(), "guess", from(address))
                    .andExpect(unauthenticated());
        }
        String username = freshTherapist();

        signIn(username, PASSWORD, from(address))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        signIn(username, PASSWORD, from(freshAddress()))
                .andExpect(authenticated().withUsername(username));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'LOGIN_THROTTLED' and detail like ?",
                Long.class, "address " + address + " locked for 30 s after 6 failed sign-ins%")).isEqualTo(1);
    }

    @Test
    void aCorrectPasswordBeforeTheLimitStartsTheCountAgain() throws Exception {
        String username = freshTherapist();
        for (int round = 1; round <= 2; round++) {
            for (int failure = 1; failure <= 2; failure++) {
                signIn(username, "wrong", from(freshAddress()));
            }
            signIn(username, PASSWORD, from(freshAddress()))
                    .andExpect(authenticated().withUsername(username));
        }
    }

    @Test
    void hstsIsSentOverTlsWhenSwitchedOn() throws Exception {
        mvc.perform(get("/schedule").secure(true))
                .andExpect(header().string("Strict-Transport-Security", org.hamcrest.Matchers.containsString("max-age=31536000")));
        mvc.perform(get("/api/staff").secure(true))
                .andExpect(header().string("Strict-Transport-Security", org.hamcrest.Matchers.containsString("max-age=31536000")));
    }

    /** The sign-in form's POST, from the given address. */
    private ResultActions signIn(String username, String password, RequestPostProcessor from) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password)
                .with(csrf()).with(from));
    }

    private String freshTherapist() {
        String username = "throttle-" + UUID.randomUUID().toString().substring(0, 8);
        RunAs.user("admin", () -> staff.create(new NewStaffAccount(username, "Throttle Test", PASSWORD,
                Set.of(StaffRole.THERAPIST))), "ADMIN");
        return username;
    }

    private static String freshAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private long audited(String action, String actor) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and actor = ?", Long.class,
                action, actor);
    }

    private java.util.List<String> auditDetails(String action, String actor) {
        return jdbc.queryForList("select detail from audit_event where action = ? and actor = ?", String.class,
                action, actor);
    }
}
