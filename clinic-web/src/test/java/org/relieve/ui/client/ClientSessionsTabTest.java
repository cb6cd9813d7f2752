package org.relieve.ui.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relieve.IntegrationTest;
import org.relieve.clinical.BodyRegion;
import org.relieve.clinical.PressureLevel;
import org.relieve.clinical.Side;
import org.relieve.clinical.Technique;
import org.relieve.common.ClinicProperties;
import org.relieve.common.RunAs;
import org.relieve.therapy.NewSessionRecord;
import org.relieve.therapy.SessionRecordDetails;
import org.relieve.therapy.SessionRecordService;
import org.relieve.therapy.TechniqueApplicationEntry;
import org.relieve.ui.session.SessionFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The client's session records on the client page: for the treating therapist, with the export; never for the front desk. */
@IntegrationTest
@ViewPackages(packages = "org.relieve")
class ClientSessionsTabTest extends SpringBrowserlessTest {

    @Autowired
    SessionFixtures fixtures;
    @Autowired
    SessionRecordService sessions;
    @Autowired
    ClinicProperties clinic;
    @Autowired
    JsonMapper json;

    private SessionFixtures.Treated treated;

    @BeforeEach
    void signedSession() {
        treated = fixtures.clientTreatedByTherapistJustNow(clinic.zone());
        RunAs.user("therapist", () -> {
            SessionRecordDetails draft = sessions.create(treated.appointmentId(), new NewSessionRecord(7, 4,
                    List.of(new TechniqueApplicationEntry(Technique.PETRISSAGE, BodyRegion.LUMBAR_PARASPINAL, Side.BOTH,
                            PressureLevel.MODERATE, 10, null, "Comfortable")),
                    "Moderate throughout", null, null, null, null, null, Set.of()));
            return sessions.sign(draft.id());
        }, "THERAPIST");
    }

    @Test
    @WithMockUser(username = "therapist", roles = "THERAPIST")
    void theTreatingTherapistSeesTheRecordsAndExportsTheWholeRecord() throws Exception {
        navigate(ClientDetailsView.class, Map.of(ClientDetailsView.CLIENT_ID, String.valueOf(treated.clientId())));
        assertThat(tabLabels()).contains("Sessions");
        test(find(TabSheet.class).single()).select("Sessions");

        @SuppressWarnings("unchecked")
        Grid<SessionRecordDetails> grid = find(Grid.class).single();
        var rows = test(grid);
        assertThat(rows.size()).isEqualTo(1);
        assertThat(rows.getCellText(0, 1)).isEqualTo("7 → 4");
        assertThat(rows.getCellText(0, 2)).isEqualTo("Petrissage");
        assertThat(rows.getCellText(0, 4)).isEqualTo("0");

        ByteArrayOutputStream file = new ByteArrayOutputStream();
        test(find(Anchor.class).withId("export-record").single()).download(file);
        JsonNode export = json.readTree(file.toString(StandardCharsets.UTF_8));
        assertThat(export.get("client").get("id").asLong()).isEqualTo(treated.clientId());
        assertThat(export.get("sessionRecords")).hasSize(1);
        assertThat(export.get("exportedBy").asString()).isEqualTo("therapist");
    }

    @Test
    @WithMockUser(username = "frontdesk", roles = "FRONT_DESK")
    void theFrontDeskSeesNoSessionsTab() {
        navigate(ClientDetailsView.class, Map.of(ClientDetailsView.CLIENT_ID, String.valueOf(treated.clientId())));
        assertThat(tabLabels()).containsExactly("Profile", "Schedule");
    }

    private List<String> tabLabels() {
        return find(Tab.class).all().stream().map(Tab::getLabel).toList();
    }
}
