package org.relieve;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
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
        if (Arrays.stream(args).anyMatch(RelieveApplication::isCommand)) {
            // command-line tools (audit check, chain generator, backup, restore): no web server, no demo seeding
            Map<String, Object> defaults = new HashMap<>(Map.of("relieve.demo.enabled", "false",
                    // Vaadin's own auto-configuration needs a servlet context
                    "spring.autoconfigure.exclude", "com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                            + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration"));
            if (Arrays.stream(args).anyMatch(arg -> arg.startsWith("--backup"))) {
                // a backup reads what is there: it may run beside the open clinic, so it never migrates
                defaults.putAll(Map.of("relieve.database.embedded.attach-to-running", "true",
                        "spring.flyway.enabled", "false",
                        "spring.jpa.hibernate.ddl-auto", "none"));
            }
            application.setWebApplicationType(WebApplicationType.NONE);
            application.setDefaultProperties(defaults);
        }
        application.run(args);
    }

    private static boolean isCommand(String arg) {
        return Stream.of("--verify-audit", "--generate-chain", "--backup", "--restore")
                .anyMatch(command -> arg.equals(command) || arg.startsWith(command + "="));
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Relieve");
    }
}
