package org.relieve.ui.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.relieve.audit.AuditEntry;
import org.relieve.audit.AuditTrail;
import org.relieve.audit.AuditVerification;
import org.relieve.audit.AuditVerifier;
import org.relieve.common.ClinicProperties;

/**
 * The audit trail for administrators: the latest events, optionally one person's, and a check of
 * the hash chain that names the first altered or missing event. Times are shown in the clinic's
 * zone; the trail itself stores UTC.
 */
@Route("admin/audit")
@PageTitle("Audit trail · Relieve")
@Menu(title = "Audit trail", order = 95, icon = "vaadin:records")
@RolesAllowed("ADMIN")
class AuditTrailView extends VerticalLayout {

    static final int LATEST = 200;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditTrail trail;
    private final ZoneId zone;
    final TextField actor = new TextField("Actor");
    final Grid<AuditEntry> grid = new Grid<>();
    final Div verification = new Div();
    private final Paragraph shown = new Paragraph();

    AuditTrailView(AuditTrail trail, AuditVerifier verifier, ClinicProperties clinic) {
        this.trail = trail;
        this.zone = clinic.zone();
        addClassName("relieve-view");
        setSizeFull();

        actor.setPlaceholder("Username, e.g. therapist");
        actor.setClearButtonVisible(true);
        actor.addValueChangeListener(change -> search());
        Button search = new Button("Search", VaadinIcon.SEARCH.create(), click -> search());
        Button verify = new Button("Verify chain", VaadinIcon.CHECK_CIRCLE.create(), click -> show(verifier.verify()));
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout tools = new HorizontalLayout(actor, search, verify);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        verification.addClassName("relieve-banner");
        verification.getElement().setAttribute("role", "status");
        verification.setVisible(false);
        shown.addClassName("relieve-muted");

        grid.addColumn(entry -> WHEN.format(entry.occurredAt().atZone(zone))).setHeader("Time (" + zone.getId() + ")")
                .setAutoWidth(true).setKey("time");
        grid.addColumn(AuditEntry::actor).setHeader("Actor").setAutoWidth(true).setKey("actor");
        grid.addColumn(entry -> entry.action().name()).setHeader("Action").setAutoWidth(true).setKey("action");
        grid.addColumn(entry -> entry.targetType() == null ? "—"
                : entry.targetType() + (entry.targetId() == null ? "" : " " + entry.targetId()))
                .setHeader("Target").setAutoWidth(true).setKey("target");
        grid.addColumn(entry -> entry.clientId() == null ? "—" : entry.clientId().toString()).setHeader("Client")
                .setAutoWidth(true).setKey("client");
        grid.addColumn(entry -> entry.detail() == null ? "" : entry.detail()).setHeader("Detail").setFlexGrow(1)
                .setKey("detail");
        grid.setEmptyStateText("No events for this actor.");

        add(new H2("Audit trail"), tools, verification, shown, grid);
        setFlexGrow(1, grid);
        search();
    }

    private void search() {
        String who = actor.getValue().isBlank() ? null : actor.getValue().strip();
        var entries = trail.latest(who, LATEST);
        grid.setItems(entries);
        shown.setText("The latest " + entries.size() + " events" + (who == null ? "" : " by " + who)
                + ", newest first (at most " + LATEST + ").");
    }

    private void show(AuditVerification result) {
        verification.setText(result.summary());
        verification.removeClassNames("relieve-banner-success", "relieve-banner-error");
        verification.addClassName(result.intact() ? "relieve-banner-success" : "relieve-banner-error");
        verification.setVisible(true);
    }
}
