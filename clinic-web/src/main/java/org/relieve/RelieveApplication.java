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
        if (java.util.Arrays.asList(args).contains("--verify-audit")) {
            // a command-line check: no demo seeding and any free port (it may run beside the clinic)
            args = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                    java.util.stream.Stream.of("--relieve.demo.enabled=false", "--server.port=0")).toArray(String[]::new);
        }
        SpringApplication.run(RelieveApplication.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Relieve");
    }
}
