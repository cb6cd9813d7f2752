package org.relieve.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.relieve.IntegrationTest;
import org.relieve.security.LoginView;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

/** Each role sees in its menu exactly what it may open, and nobody reaches a view by its address alone. */
@IntegrationTest
@ViewPackages(packages = "org.relieve")
class NavigationByRoleTest extends SpringBrowserlessTest {

    @Test
    @WithAnonymousUser
    void anonymousVisitorsOnlyEverSeeTheLoginView() {
        navigate("", LoginView.class);
        navigate("admin/staff", LoginView.class);
        navigate("staff", LoginView.class);
    }

    @Test
    @WithMockUser(username = "frontdesk", roles = "FRONT_DESK")
    void frontDeskSeesNoAccountAdministration() {
        navigate(HomeView.class);
        assertThat(menu()).containsExactly("Home", "Today", "Clients", "Schedule", "Staff directory",
                "Clinic setup", "My account");
        assertThatThrownBy(() -> navigate("admin/staff", HomeView.class)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @WithMockUser(username = "therapist", roles = "THERAPIST")
    void therapistSeesNoAccountAdministration() {
        navigate(HomeView.class);
        assertThat(menu()).doesNotContain("Staff accounts");
    }

    @Test
    @WithMockUser(username = "manager", roles = "MANAGER")
    void managerSeesNoAccountAdministration() {
        navigate(HomeView.class);
        assertThat(menu()).doesNotContain("Staff accounts", "Today").contains("Schedule", "Clinic setup");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void adminSeesAccountAdministration() {
        navigate(HomeView.class);
        assertThat(menu()).containsExactly("Home", "Staff directory", "Clinic setup", "Staff accounts", "Audit trail",
                "My account");
    }

    private List<String> menu() {
        return find(SideNav.class).single().getItems().stream().map(SideNavItem::getLabel).toList();
    }
}
