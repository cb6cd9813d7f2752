package org.relieve.ui.session;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.relieve.therapy.SessionRecordDetails;
import org.relieve.therapy.SessionStatus;
import org.relieve.therapy.TechniqueApplicationEntry;
import org.relieve.ui.Formats;

/**
 * A therapist's list of the client's session records, newest first, with the "consider referral"
 * advice and the client's whole record as a JSON download. Only built for therapists with the
 * client in their care (the services refuse anyone else).
 */
public class ClientSessionsTab extends VerticalLayout {

    static final String EXPORT_ID = "export-record";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm");

    public ClientSessionsTab(long clientId, SessionServices services) {
        setPadding(false);
        services.sessions.considerReferral(clientId).ifPresent(advice -> {
            Div banner = new Div();
            banner.addClassNames("relieve-banner", "relieve-banner-error");
            banner.setText(advice + " Discuss a referral to a healthcare professional with the client.");
            add(banner);
        });

        List<SessionRecordDetails> records = services.sessions.forClient(clientId);
        Grid<SessionRecordDetails> grid = new Grid<>();
        grid.addComponentColumn(record -> new RouterLink(
                        WHEN.format(record.appointmentStart().atZoneSameInstant(services.zone)), SessionRecordView.class,
                        new com.vaadin.flow.router.RouteParameters(SessionRoutes.APPOINTMENT_ID,
                                String.valueOf(record.appointmentId()))))
                .setHeader("Date").setAutoWidth(true).setKey("date");
        // The current scores: an amendment that corrected a score is what counts now.
        grid.addColumn(record -> record.currentPainBefore() + " → " + record.currentPainAfter())
                .setHeader("Pain before → after").setAutoWidth(true).setKey("pain");
        grid.addColumn(ClientSessionsTab::techniques).setHeader("Techniques").setFlexGrow(2).setKey("techniques");
        grid.addComponentColumn(record -> record.status() == SessionStatus.SIGNED
                ? Formats.badge("Signed", "success") : Formats.badge("Draft", "contrast"))
                .setHeader("Status").setAutoWidth(true).setKey("status");
        grid.addColumn(record -> record.amendments().size()).setHeader("Amendments").setAutoWidth(true)
                .setKey("amendments");
        grid.setItems(records);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No session records yet. Records are written from the appointment, on Today or the "
                + "schedule.");

        add(grid, exportLink(clientId, services));
    }

    private static String techniques(SessionRecordDetails record) {
        return record.applications().stream().map(TechniqueApplicationEntry::technique).distinct()
                .map(technique -> technique.label()).collect(Collectors.joining(", "));
    }

    /**
     * The export is built when the file is requested, not when the tab opens, so only a real
     * download is recorded as an export in the audit trail.
     */
    private static Component exportLink(long clientId, SessionServices services) {
        DownloadHandler handler = event -> {
            byte[] json = services.exportJson(clientId);
            event.setFileName("client-" + clientId + "-export.json");
            event.setContentType("application/json");
            event.setContentLength(json.length);
            event.getOutputStream().write(json);
        };
        Anchor link = new Anchor(handler, AttachmentType.DOWNLOAD, "");
        link.setId(EXPORT_ID);
        link.add(new Button("Export record (JSON)", VaadinIcon.DOWNLOAD.create()));
        return link;
    }
}
