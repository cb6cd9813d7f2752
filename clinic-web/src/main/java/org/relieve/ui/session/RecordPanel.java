package org.relieve.ui.session;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.relieve.clinical.RedFlag;
import org.relieve.clinical.RegionSide;
import org.relieve.therapy.AmendmentDetails;
import org.relieve.therapy.SessionRecordDetails;
import org.relieve.therapy.SessionStatus;
import org.relieve.therapy.TechniqueApplicationEntry;
import org.relieve.ui.Formats;

/**
 * A record read-only: as signed (or as a colleague's draft stands), then its amendments in the
 * order they were made. The original is never rewritten; the current pain scores say when an
 * amendment corrected them.
 */
class RecordPanel extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm");

    /**
     * @param onAmend opens the amendment dialog; null when this person may not amend
     */
    RecordPanel(SessionRecordDetails record, ZoneId zone, Runnable onAmend) {
        setPadding(false);
        Div status = new Div(record.status() == SessionStatus.SIGNED
                ? Formats.badge("Signed", "success") : Formats.badge("Draft", "contrast"));
        if (record.status() == SessionStatus.SIGNED) {
            status.add(new Span(" by " + record.signedByName() + " on " + when(record.signedAt(), zone)
                    + ". Signed records cannot be changed; corrections are added as amendments."));
        } else {
            status.add(new Span(" written by " + record.authorName() + "; only the author changes or signs it."));
        }

        DescriptionList facts = new DescriptionList();
        facts.addClassName("relieve-details");
        term(facts, "Pain before → after", record.currentPainBefore() + " → " + record.currentPainAfter()
                + (record.currentPainBefore() != record.painBefore() || record.currentPainAfter() != record.painAfter()
                ? " (amended; signed as " + record.painBefore() + " → " + record.painAfter() + ")" : ""));
        term(facts, "Pressure notes", record.pressureNotes());
        term(facts, "Subjective", record.subjective());
        term(facts, "Objective", record.objective());
        term(facts, "Assessment", record.assessment());
        term(facts, "Plan", record.plan());
        term(facts, "Adverse reactions", record.adverseReactions());
        term(facts, "Red flags noted", record.redFlags().isEmpty() ? "None"
                : record.redFlags().stream().sorted().map(RedFlag::label).collect(Collectors.joining(", ")));

        Grid<TechniqueApplicationEntry> applications = new Grid<>();
        applications.addColumn(a -> a.technique().label()).setHeader("Technique").setAutoWidth(true);
        applications.addColumn(a -> new RegionSide(a.region(), a.side()).label()).setHeader("Region").setAutoWidth(true);
        applications.addColumn(a -> a.pressure().label()).setHeader("Pressure");
        applications.addColumn(TechniqueApplicationEntry::minutes).setHeader("Min");
        applications.addColumn(a -> a.holdSeconds() == null ? "—" : a.holdSeconds() + " s").setHeader("Hold");
        applications.addColumn(a -> Formats.orDash(a.tolerance())).setHeader("Tolerance / feedback").setFlexGrow(2);
        applications.setItems(record.applications());
        applications.setAllRowsVisible(true);

        add(status, facts, new H3("Techniques"), applications);
        if (!record.warnings().isEmpty()) {
            Div warnings = new Div(new Span("Kept with the record (the therapist decided): " + record.warnings().stream()
                    .map(w -> SessionRecordForm.where(w.field()) + w.message()).collect(Collectors.joining(" "))));
            warnings.addClassNames("relieve-banner", "relieve-banner-warning");
            add(warnings);
        }
        add(amendments(record, zone, onAmend));
    }

    private static Div amendments(SessionRecordDetails record, ZoneId zone, Runnable onAmend) {
        Div section = new Div(new H3("Amendments"));
        section.setWidthFull();
        if (record.amendments().isEmpty()) {
            section.add(new Paragraph("No amendments."));
        }
        int number = 1;
        for (AmendmentDetails amendment : record.amendments()) {
            Div item = new Div(new H4("Amendment " + number++ + " · " + when(amendment.createdAt(), zone) + " · "
                    + amendment.authorName()));
            item.addClassName("relieve-amendment");
            DescriptionList changes = new DescriptionList();
            changes.addClassName("relieve-details");
            term(changes, "Reason", amendment.reason());
            term(changes, "Pain before", amendment.painBefore() == null ? null : amendment.painBefore().toString());
            term(changes, "Pain after", amendment.painAfter() == null ? null : amendment.painAfter().toString());
            term(changes, "Pressure notes", amendment.pressureNotes());
            term(changes, "Subjective", amendment.subjective());
            term(changes, "Objective", amendment.objective());
            term(changes, "Assessment", amendment.assessment());
            term(changes, "Plan", amendment.plan());
            term(changes, "Adverse reactions", amendment.adverseReactions());
            item.add(changes);
            section.add(item);
        }
        if (onAmend != null && record.status() == SessionStatus.SIGNED) {
            section.add(new Button("Add amendment", VaadinIcon.EDIT.create(), click -> onAmend.run()));
        }
        return section;
    }

    private static void term(DescriptionList list, String name, String value) {
        if (value != null && !value.isBlank()) {
            list.add(new DescriptionList.Term(name), new DescriptionList.Description(value));
        }
    }

    private static String when(Instant instant, ZoneId zone) {
        return instant == null ? "—" : WHEN.format(instant.atZone(zone));
    }
}
