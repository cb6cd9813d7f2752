package org.relieve.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.relieve.IntegrationTest;
import org.relieve.common.RunAs;
import org.relieve.staff.NewStaffAccount;
import org.relieve.staff.StaffMember;
import org.relieve.staff.StaffRole;
import org.relieve.staff.StaffService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
class PasswordChangeRequiredTest {

    private static final String TEMPORARY = "an-admins-temporary-phrase";

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffService staff;

    @Test
    void afterAnAdminResetTheApiRefusesWith403UntilTheOwnerChoosesANewPassword() throws Exception {
        StaffMember person = RunAs.user("admin", () -> staff.create(new NewStaffAccount(
                "reset-" + UUID.randomUUID().toString().substring(0, 8), "Reset Test", "the-first-long-phrase",
                Set.of(StaffRole.MANAGER))), "ADMIN");
        RunAs.user("admin", () -> staff.resetPassword(person.id(), TEMPORARY), "ADMIN");

        mvc.perform(get("/api/staff").with(httpBasic(person.username(), TEMPORARY)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("must be changed")));

        RunAs.user(person.username(), () -> staff.changeOwnPassword(TEMPORARY, "my-very-own-phrase-now"), "MANAGER");

        mvc.perform(get("/api/staff").with(httpBasic(person.username(), "my-very-own-phrase-now")))
                .andExpect(status().isOk());
    }
}
