package org.relieve.ui;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.menu.MenuConfiguration;
import jakarta.annotation.security.PermitAll;
import org.relieve.common.ClinicProperties;
import org.relieve.staff.StaffMember;

/** Where everyone lands after signing in: who they are, the clinic's date, and where to go next. */
@Route("")
@PageTitle("Home · Relieve")
@Menu(title = "Home", order = 0, icon = "vaadin:home")
@PermitAll
class HomeView extends VerticalLayout {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy");

    HomeView(CurrentStaff currentStaff, ClinicProperties clinic) {
        addClassName("relieve-view");
        add(new H2("Welcome, " + currentStaff.displayName()));
        add(new Paragraph(clinic.name() + " · " + DAY.format(ZonedDateTime.now(clinic.zone()))
                + " (" + clinic.zone().getId() + ")"));
        Div roles = new Div();
        currentStaff.member().map(StaffMember::roles).ifPresent(held -> held.stream().sorted()
                .forEach(role -> {
                    Span chip = new Span(role.label());
                    chip.addClassName("relieve-role-chip");
                    roles.add(chip);
                }));
        add(roles);
        long places = MenuConfiguration.getMenuEntries().size() - 1;
        add(new Paragraph(places > 0
                ? "The menu on the left lists the " + places + " places your role opens."
                : "Your role opens no other places yet."));
    }
}
