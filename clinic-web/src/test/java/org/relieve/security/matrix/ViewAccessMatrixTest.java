package org.relieve.security.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.relieve.IntegrationTest;
import org.relieve.common.RunAs;
import org.relieve.security.LoginView;
import org.relieve.staff.StaffMember;
import org.relieve.staff.StaffService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Every Vaadin route (and route alias) of the application, opened without a browser as every kind of
 * caller, against {@code access-matrix/views.md}. Routes that name a record are opened on the
 * matrix client's records, so the therapist in care and the one who is not are told apart. A route
 * without a row fails the build.
 */
@IntegrationTest
@ViewPackages(packages = "org.relieve")
class ViewAccessMatrixTest extends SpringBrowserlessTest {

    private static final AccessTable TABLE = AccessTable.read("/access-matrix/views.md");

    @Autowired
    MatrixFixture fixture;

    @Autowired
    StaffService staff;

    @Test
    void everyRouteHasARowAndEveryRowARoute() {
        Set<String> routes = routes().keySet();

        assertThat(routes).as("routes without a row in %s", TABLE.resource()).isSubsetOf(TABLE.rows().keySet());
        assertThat(TABLE.rows().keySet()).as("rows of %s naming no route", TABLE.resource()).isSubsetOf(routes);
        TABLE.rows().values().forEach(row -> row.expected().values().forEach(outcome -> assertThat(outcome)
                .as("outcome in line %d of %s", row.line(), TABLE.resource())
                .matches(o -> List.of("shown", "clinical", "login", "refused").contains(o) || o.startsWith("→ /"))));
    }

    @TestFactory
    Stream<DynamicNode> everyRouteAsEveryCaller() {
        fixture.ready();
        Map<Caller, Authentication> callers = authentications();
        Map<String, Class<? extends Component>> routes = routes();
        return TABLE.rows().values().stream().filter(row -> routes.containsKey(row.key()))
                .map(row -> dynamicContainer(row.key(), java.util.Arrays.stream(Caller.values()).map(caller ->
                        dynamicTest(caller.column + " → " + row.expected(caller),
                                () -> openAs(row, caller, callers.get(caller), routes)))));
    }

    private void openAs(AccessTable.Row row, Caller caller, Authentication authentication,
                        Map<String, Class<? extends Component>> routes) {
        signInAs(authentication);
        String location = location(row.key());
        String cell = row.key() + " (" + location + ") as " + caller.column;
        UI.getCurrent().navigate(location);
        HasElement view = getCurrentView();
        String expected = row.expected(caller);
        switch (expected) {
            case "login" -> assertThat(view).as(cell).isInstanceOf(LoginView.class);
            case "refused" -> assertThat(view).as("%s must be refused by the router", cell)
                    .isInstanceOf(HasErrorParameter.class);
            case "shown" -> {
                assertThat(view).as(cell).isInstanceOf(routes.get(row.key()));
                assertThat(tabs()).as("%s shows no clinical records", cell).doesNotContain("Sessions", "Outcomes");
                if (tabs().contains("Intake") && !tabs().contains("Sessions")) {
                    test(find(TabSheet.class).single()).select("Intake");
                    assertThat(find(Div.class).withTextContaining("not in your care").exists())
                            .as("%s: the intake tab refuses a therapist who is not in care", cell).isTrue();
                }
            }
            case "clinical" -> {
                assertThat(view).as(cell).isInstanceOf(routes.get(row.key()));
                assertThat(tabs()).as("%s shows the clinical records", cell).contains("Intake", "Plan", "Sessions",
                        "Outcomes");
            }
            default -> {
                // "→ /clients": the view refused the record and sent the caller elsewhere
                Class<? extends Component> elsewhere = routes.get(expected.substring(2));
                assertThat(view).as("%s must be turned away to %s", cell, expected).isInstanceOf(elsewhere);
            }
        }
    }

    /** Starts a fresh Vaadin session for the caller, as a new sign-in would. */
    private void signInAs(Authentication authentication) {
        cleanVaadinEnvironment();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        initVaadinEnvironment();
    }

    private List<String> tabs() {
        return find(Tab.class).all().stream().map(Tab::getLabel).toList();
    }

    /** The route template with the matrix records filled in: "/clients/:clientId" → "clients/123". */
    private String location(String route) {
        long planId = route.endsWith("/edit") ? fixture.draftPlanId : fixture.activePlanId;
        return route.substring(1)
                .replace(":clientId", String.valueOf(fixture.clientId))
                .replace(":intakeId", String.valueOf(fixture.intakeId))
                .replace(":planId", String.valueOf(planId))
                .replace(":appointmentId", String.valueOf(fixture.treatedAppointmentId));
    }

    /** "/clients/:clientId" → its view, for every route and route alias. */
    private static Map<String, Class<? extends Component>> routes() {
        Map<String, Class<? extends Component>> routes = new TreeMap<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            routes.put("/" + route.getTemplate(), route.getNavigationTarget());
            route.getRouteAliases().forEach(alias -> routes.put("/" + alias.getTemplate(), alias.getNavigationTarget()));
        }
        return routes;
    }

    private Map<Caller, Authentication> authentications() {
        Map<Caller, Authentication> callers = new EnumMap<>(Caller.class);
        callers.put(Caller.ANONYMOUS, new AnonymousAuthenticationToken("matrix", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        for (Caller caller : Caller.values()) {
            if (caller.username != null) {
                StaffMember member = RunAs.user("admin", () -> staff.findByUsername(caller.username).orElseThrow(),
                        "ADMIN");
                List<String> roles = new ArrayList<>();
                member.roles().forEach(role -> roles.add("ROLE_" + role.name()));
                callers.put(caller, UsernamePasswordAuthenticationToken.authenticated(member.username(), null,
                        AuthorityUtils.createAuthorityList(roles.toArray(String[]::new))));
            }
        }
        return callers;
    }
}
