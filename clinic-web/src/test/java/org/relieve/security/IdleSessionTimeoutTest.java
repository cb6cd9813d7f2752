package org.relieve.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.server.VaadinServlet;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.Test;
import org.relieve.testdb.TestDatabaseConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Import;

/**
 * A real server (the browser journeys' application context): a browser session left alone for 30
 * minutes ends, and Vaadin lets it end (its heartbeats would otherwise keep an open tab alive forever).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
@Import(TestDatabaseConfiguration.class)
class IdleSessionTimeoutTest {

    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");

    @LocalServerPort
    int port;

    @Autowired
    ServletWebServerApplicationContext application;

    @Test
    void aBrowserSessionEndsAfterThirtyIdleMinutesAndVaadinDoesNotKeepItAlive() throws Exception {
        HttpResponse<String> loginPage = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher cookie = SESSION_COOKIE.matcher(String.join(";", loginPage.headers().allValues("Set-Cookie")));
        assertThat(cookie.find()).as("the sign-in page opens a session").isTrue();

        Context webApp = (Context) ((TomcatWebServer) application.getWebServer()).getTomcat().getHost().findChildren()[0];
        Session session = webApp.getManager().findSession(cookie.group(1));
        assertThat(session.getMaxInactiveInterval()).isEqualTo(30 * 60);

        VaadinServlet vaadin = application.getBeansOfType(ServletRegistrationBean.class).values().stream()
                .map(ServletRegistrationBean::getServlet)
                .filter(VaadinServlet.class::isInstance).map(VaadinServlet.class::cast)
                .findFirst().orElseThrow();
        assertThat(vaadin.getService().getDeploymentConfiguration().isCloseIdleSessions()).isTrue();
    }
}
