package org.relieve.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.relieve.IntegrationTest;
import org.relieve.audit.AuditAction;
import org.relieve.audit.AuditEntry;
import org.relieve.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Administrators read the audit trail and check its hash chain; nobody else opens it. */
@IntegrationTest
@ViewPackages(packages = "org.relieve")
class AuditTrailViewTest extends SpringBrowserlessTest {

    @Autowired
    AuditTrail trail;

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anAdministratorSeesTheLatestEventsAndFindsTheChainIntact() {
        String actor = "audit-view-" + Long.toString(System.nanoTime(), 36);
        trail.recordFor(actor, AuditAction.VIEW, "Client", 42L, 42L, "read in a test");

        AuditTrailView view = navigate(AuditTrailView.class);
        assertThat(view.grid.getGenericDataView().getItems().count()).isBetween(1L, (long) AuditTrailView.LATEST);

        test(view.actor).setValue(actor);
        List<AuditEntry> rows = rows(view);
        assertThat(rows).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo(actor);
            assertThat(entry.clientId()).isEqualTo(42L);
            assertThat(entry.detail()).isEqualTo("read in a test");
        });

        test(find(Button.class).withText("Verify chain").single()).click();
        assertThat(view.verification.isVisible()).isTrue();
        assertThat(view.verification.getText()).startsWith("Audit trail intact");
        assertThat(view.verification.getClassNames()).contains("relieve-banner-success");
    }

    @Test
    @WithMockUser(username = "therapist", roles = "THERAPIST")
    void aTherapistCannotOpenTheAuditTrail() {
        navigate("admin/audit", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(AuditTrailView.class);
        assertThat(find(AuditTrailView.class).exists()).isFalse();
    }

    private List<AuditEntry> rows(AuditTrailView view) {
        var grid = test(view.grid);
        return IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
    }
}
