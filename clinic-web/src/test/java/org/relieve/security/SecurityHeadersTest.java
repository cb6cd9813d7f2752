package org.relieve.security;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import org.junit.jupiter.api.Test;
import org.relieve.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The headers through MockMvc; {@link SecurityHeadersOnTheServerTest} checks Vaadin's own pages on a real server. */
@IntegrationTest
@AutoConfigureMockMvc
class SecurityHeadersTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theUiChainSendsThemEvenWithARedirectToSignIn() throws Exception {
        expectSecurityHeaders(mvc.perform(get("/schedule")));
    }

    @Test
    void apiAnswersCarryThemBothWhenRefusedAndWhenServed() throws Exception {
        expectSecurityHeaders(mvc.perform(get("/api/staff")));
        expectSecurityHeaders(mvc.perform(get("/api/staff").with(httpBasic("manager", "relieve-demo"))));
    }

    @Test
    void noHstsUnlessTheDeploymentSwitchesItOn() throws Exception {
        mvc.perform(get("/schedule").secure(true)).andExpect(header().doesNotExist("Strict-Transport-Security"));
        mvc.perform(get("/api/staff").secure(true)).andExpect(header().doesNotExist("Strict-Transport-Security"));
    }

    static void expectSecurityHeaders(ResultActions response) throws Exception {
        response.andExpect(header().string("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Content-Security-Policy", containsString("object-src 'none'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
    }
}
