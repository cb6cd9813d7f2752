package org.relieve.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relieve.FreshVaadinThreadState;
import org.relieve.TwoFactorAccounts;
import org.relieve.staff.StaffRole;
import org.relieve.staff.StaffService;
import org.relieve.staff.TwoFactorService;
import org.relieve.testdb.TestDatabaseConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The password step against the running server, the way a browser meets it: after the right
 * password, every page of a two-factor account sends the browser to the code step, which itself
 * opens. Same context as the browser journeys, so it costs no extra start-up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
@Import(TestDatabaseConfiguration.class)
@ExtendWith(FreshVaadinThreadState.class)
class TwoStepSignInOverHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    StaffService staff;

    @Autowired
    TwoFactorService twoFactor;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aPasswordAloneReachesOnlyTheCodeStep() throws Exception {
        String username = new TwoFactorAccounts(staff, twoFactor).createEnrolled("overhttp", StaffRole.THERAPIST)
                .username();

        HttpResponse<String> loginPage = get("/login");
        assertThat(loginPage.statusCode()).isEqualTo(200);
        HttpResponse<String> signIn = postLogin(username, TwoFactorAccounts.PASSWORD, csrfToken(loginPage.body()));
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");

        for (String page : new String[] {"/", "/clients", "/account"}) {
            HttpResponse<String> response = get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).as(page).endsWith("/login/code");
        }
        HttpResponse<String> codeStep = get("/login/code");
        assertThat(codeStep.statusCode()).isEqualTo(200);
        for (String stylesheet : new String[] {"/lumo/lumo.css", "/styles/relieve.css"}) {
            assertThat(get(stylesheet).statusCode()).as("the code step's look: " + stylesheet).isEqualTo(200);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postLogin(String username, String password, String csrf) throws Exception {
        String form = "username=" + encode(username) + "&password=" + encode(password)
                + (csrf == null ? "" : "&_csrf=" + encode(csrf));
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrfToken(String page) {
        Matcher token = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        return token.find() ? token.group(1) : null;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
