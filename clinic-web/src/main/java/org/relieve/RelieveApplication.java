package org.relieve;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Relieve: clinic management for massage and manual therapists who treat back pain. */
@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/relieve.css")
public class RelieveApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(RelieveApplication.class);
        if (java.util.Arrays.stream(args).anyMatch(arg -> arg.equals("--verify-audit") || arg.equals("--generate-chain"))) {
            // command-line tools (the audit check, the load-test data generator): no web server, no demo seeding
            application.setWebApplicationType(org.springframework.boot.WebApplicationType.NONE);
            application.setDefaultProperties(java.util.Map.of("relieve.demo.enabled", "false",
                    // Vaadin's own auto-configuration needs a servlet context
                    "spring.autoconfigure.exclude", "com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                            + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration"));
        }
        application.run(args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Relieve");
    }
}
