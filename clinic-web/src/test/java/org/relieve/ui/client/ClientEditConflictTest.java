package org.relieve.ui.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.EmailField;
import org.junit.jupiter.api.Test;
import org.relieve.IntegrationTest;
import org.relieve.client.ClientDemographics;
import org.relieve.client.ClientDetails;
import org.relieve.client.ClientService;
import org.relieve.clinical.ClientProfile;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Two front-desk screens on the same client: the one that saves second is told who changed the
 * client and when, and keeps what was typed so it can be redone after reloading.
 */
@IntegrationTest
@ViewPackages(packages = "org.relieve")
@WithMockUser(username = "frontdesk", roles = "FRONT_DESK")
class ClientEditConflictTest extends SpringBrowserlessTest {

    @Autowired
    ClientService clients;

    @Test
    void theSecondSaveNamesWhoChangedTheClientAndKeepsTheTypedInput() {
        ClientDetails client = clients.register(new ClientDemographics("Made", "Conflict" + System.nanoTime(),
                LocalDate.of(1980, 2, 3), "made@example.com", "+62 811 100 200", ClientProfile.OTHER, null, null));
        navigate(ClientDetailsView.class, Map.of(ClientDetailsView.CLIENT_ID, String.valueOf(client.id())));
        test(find(Button.class).withText("Edit").single()).click();
        Dialog dialog = find(Dialog.class).single();

        // meanwhile another screen saves a new phone number
        clients.update(client.id(), new ClientDemographics("Made", client.lastName(), client.dateOfBirth(),
                client.email(), "+62 811 999 000", ClientProfile.OTHER, null, null), client.version());

        test(find(EmailField.class, dialog).withCaption("Email").single()).setValue("made.typed@example.com");
        test(find(Button.class, dialog).withText("Save").single()).click();

        assertThat(dialog.isOpened()).as("the dialog stays open with the input").isTrue();
        assertThat(find(EmailField.class, dialog).withCaption("Email").single().getValue())
                .isEqualTo("made.typed@example.com");
        assertThat(notifications()).anySatisfy(text -> assertThat(text)
                .matches("Changed by Rina Wijaya at \\d\\d:\\d\\d — reload to see their changes\\."));
        ClientDetails stored = clients.get(client.id());
        assertThat(stored.phone()).isEqualTo("+62 811 999 000");
        assertThat(stored.email()).isEqualTo("made@example.com");
    }

    private List<String> notifications() {
        return find(Notification.class).all().stream().map(notification -> test(notification).getText()).toList();
    }
}
