package org.relieve.ui.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relieve.IntegrationTest;
import org.relieve.client.ClientDemographics;
import org.relieve.client.ClientService;
import org.relieve.clinical.ClientProfile;
import org.relieve.common.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Design §6 on the client page: clinical tabs are for therapists only; managers read demographics. */
@IntegrationTest
@ViewPackages(packages = "org.relieve")
class ClientDetailsAccessTest extends SpringBrowserlessTest {

    @Autowired
    ClientService clients;

    private long clientId;

    @BeforeEach
    void registerClient() {
        String lastName = "Access" + Long.toString(System.nanoTime(), 36);
        clientId = RunAs.user("frontdesk", () -> clients.register(new ClientDemographics("Sari", lastName,
                LocalDate.of(1975, 2, 3), null, null, ClientProfile.OLDER_ADULT, null, LocalDate.now())), "FRONT_DESK")
                .id();
    }

    @Test
    @WithMockUser(username = "frontdesk", roles = "FRONT_DESK")
    void frontDeskSeesProfileAndScheduleButNoIntakeOrPlan() {
        navigate(ClientDetailsView.class, Map.of(ClientDetailsView.CLIENT_ID, String.valueOf(clientId)));

        assertThat(tabLabels()).containsExactly("Profile", "Schedule");
        assertThat(find(Button.class).withText("Edit").exists()).isTrue();
        assertThat(find(Button.class).withText("Archive").exists()).isTrue();
        test(find(TabSheet.class).single()).select("Schedule");
        assertThat(find(Paragraph.class).withTextContaining("No active treatment plan").exists()).isTrue();
    }

    @Test
    @WithMockUser(username = "frontdesk", roles = "FRONT_DESK")
    void frontDeskArchivesAClient() {
        navigate(ClientDetailsView.class, Map.of(ClientDetailsView.CLIENT_ID, String.valueOf(clientId)));
        test(find(Button.class).withText("Archive").single()).click();

        assertThat(clients.get(clientId).archived()).isTrue();
        assertThat(find(Button.class).withText("Restore").exists()).isTrue();
    }

    @Test
    @WithMockUser(username = "manager", roles = "MANAGER")
    void managerSeesOnlyTheProfileAndCannotChangeIt() {
        navigate(ClientDetailsView.class, Map.of(ClientDetailsView.CLIENT_ID, String.valueOf(clientId)));

        assertThat(tabLabels()).containsExactly("Profile");
        assertThat(find(Button.class).withText("Edit").exists()).isFalse();
        assertThat(find(Button.class).withText("Archive").exists()).isFalse();
    }

    @Test
    @WithMockUser(username = "manager", roles = "MANAGER")
    void managerCannotRegisterClients() {
        navigate(ClientListView.class);
        assertThat(find(Button.class).withText("New client").exists()).isFalse();
    }

    @Test
    @WithMockUser(username = "therapist2", roles = "THERAPIST")
    void therapistSeesClinicalTabsAndTherapistFilters() {
        navigate(ClientDetailsView.class, Map.of(ClientDetailsView.CLIENT_ID, String.valueOf(clientId)));
        assertThat(tabLabels()).containsExactly("Profile", "Intake", "Plan", "Outcomes");
        assertThat(find(Button.class).withText("Edit").exists()).isFalse();

        navigate(ClientListView.class);
        assertThat(find(Checkbox.class).withCaption("My clients only").exists()).isTrue();
        assertThat(find(Checkbox.class).withCaption("Awaiting clearance only").exists()).isTrue();
        assertThat(find(Button.class).withText("New client").exists()).isFalse();
    }

    @Test
    @WithMockUser(username = "frontdesk", roles = "FRONT_DESK")
    void anUnknownClientLeadsBackToTheList() {
        navigate("clients/999999999", ClientListView.class);
        navigate("clients/not-a-number", ClientListView.class);
    }

    private java.util.List<String> tabLabels() {
        return find(Tab.class).all().stream().map(Tab::getLabel).toList();
    }
}
