package org.relieve.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.relieve.testdb.TestDatabaseConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** The pages Vaadin itself serves carry the headers too (the browser journeys' application context). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
@Import(TestDatabaseConfiguration.class)
class SecurityHeadersOnTheServerTest {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({"/login, anonymous, 200", "/styles/relieve.css, anonymous, 200", "/api/staff, anonymous, 401",
            "/api/staff, manager, 200"})
    void everyAnswerCarriesTheSecurityHeaders(String path, String user, int status) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (!user.equals("anonymous")) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString((user + ":relieve-demo").getBytes()));
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .contains(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }
}
