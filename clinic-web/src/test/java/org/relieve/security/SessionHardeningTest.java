package org.relieve.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.relieve.IntegrationTest;
import org.relieve.common.RunAs;
import org.relieve.staff.NewStaffAccount;
import org.relieve.staff.StaffAccountChange;
import org.relieve.staff.StaffMember;
import org.relieve.staff.StaffRole;
import org.relieve.staff.StaffService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;

/** Sessions: a new id at sign-in, and an end to every open session when an admin changes the account. */
@IntegrationTest
@AutoConfigureMockMvc
class SessionHardeningTest {

    private static final String PASSWORD = "a-long-and-unusual-passphrase";

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffService staff;
    @Autowired
    SignedInSessions signedIn;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void signingInGivesTheBrowserANewSessionId() throws Exception {
        // a visit before signing in: the page asked for is remembered in a fresh session
        MockHttpSession session = (MockHttpSession) mvc.perform(get("/schedule")).andReturn().getRequest().getSession(false);
        String beforeSignIn = session.getId();

        mvc.perform(post("/login").session(session).param("username", "manager").param("password", "relieve-demo")
                .with(csrf())).andExpect(redirectedUrlPattern("**/schedule*"));

        assertThat(session.getId()).isNotEqualTo(beforeSignIn);
        assertThat(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)).isNotNull();
    }

    @Test
    void disablingAnAccountEndsItsOpenSessionsAndTheNextRequestLandsOnSignIn() throws Exception {
        StaffMember person = freshTherapist();
        MockHttpSession first = signIn(person.username());
        MockHttpSession second = signIn(person.username());
        MockHttpSession bystander = signIn("manager", "relieve-demo");
        assertThat(signedIn.openSessionsOf(person.username())).isEqualTo(2);

        RunAs.user("admin", () -> staff.update(person.id(),
                new StaffAccountChange(person.displayName(), person.roles(), false, person.version())), "ADMIN");

        assertThat(first.isInvalid()).isTrue();
        assertThat(second.isInvalid()).isTrue();
        assertThat(bystander.isInvalid()).isFalse();
        assertThat(signedIn.openSessionsOf(person.username())).isZero();
        mvc.perform(get("/schedule").session(first)).andExpect(redirectedUrl("/login"));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'LOGOUT' and target_id = ? "
                + "and detail = '2 open session(s) ended: account disabled'", Long.class, person.username())).isEqualTo(1);
    }

    @Test
    void aPasswordResetEndsTheOwnersSessions() throws Exception {
        StaffMember person = freshTherapist();
        MockHttpSession session = signIn(person.username());

        RunAs.user("admin", () -> staff.resetPassword(person.id(), "an-admins-temporary-phrase"), "ADMIN");

        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aRoleChangeEndsTheOwnersSessionsSoTheNewRolesApplyAtOnce() throws Exception {
        StaffMember person = freshTherapist();
        MockHttpSession session = signIn(person.username());

        RunAs.user("admin", () -> staff.update(person.id(), new StaffAccountChange(person.displayName(),
                Set.of(StaffRole.FRONT_DESK), true, person.version())), "ADMIN");

        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void renamingAnAccountLeavesItsSessionsAlone() throws Exception {
        StaffMember person = freshTherapist();
        MockHttpSession session = signIn(person.username());

        RunAs.user("admin", () -> staff.update(person.id(), new StaffAccountChange("Renamed Person",
                person.roles(), true, person.version())), "ADMIN");

        assertThat(session.isInvalid()).isFalse();
    }

    private MockHttpSession signIn(String username) throws Exception {
        return signIn(username, PASSWORD);
    }

    private MockHttpSession signIn(String username, String password) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login").param("username", username).param("password", password)
                        .with(csrf()))
                .andExpect(redirectedUrl("/"))
                .andReturn().getRequest().getSession(false);
    }

    private StaffMember freshTherapist() {
        String username = "session-" + UUID.randomUUID().toString().substring(0, 8);
        return RunAs.user("admin", () -> staff.create(new NewStaffAccount(username, "Session Test", PASSWORD,
                Set.of(StaffRole.THERAPIST))), "ADMIN");
    }
}
