package org.relieve.ui.client;

import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.relieve.clinical.RedFlag;
import org.relieve.intake.IntakeDetails;
import org.relieve.intake.IntakeService;
import org.relieve.intake.ReferralDetails;
import org.relieve.ui.Formats;

/**
 * One intake as a card: the findings, the red flags (unresolved ones stand out), and the referrals
 * recorded against them.
 */
class IntakeCard extends VerticalLayout {

    private final ZoneId zone;

    IntakeCard(IntakeDetails intake, IntakeService intakes, ZoneId zone, Runnable onReferralRecorded) {
        this.zone = zone;
        addClassName("relieve-card");
        setSpacing(false);
        H3 title = new H3("Intake of " + Formats.date(intake.assessedOn()));
        Span author = new Span("by " + intake.authorName());
        author.addClassName("relieve-muted");
        Div heading = new Div(title, author);
        heading.addClassName("relieve-card-heading");
        add(heading);

        DescriptionList facts = new DescriptionList();
        facts.addClassName("relieve-details");
        entry(facts, "Chief complaint", new Span(intake.chiefComplaint()));
        entry(facts, "Pain score", new Span(intake.painScore() + " / 10"));
        entry(facts, "Acuity", new Span(intake.acuity().label() + " · " + intake.symptomWeeks() + " weeks"));
        entry(facts, "Causes", new Span(causes(intake)));
        entry(facts, "Pain regions", new Span(Formats.regions(intake.painRegions())));
        entry(facts, "Trigger points", new Span(intake.triggerPoints().isEmpty() ? "None found"
                : Formats.regions(intake.triggerPoints())));
        entry(facts, "Fascial restriction", new Span(intake.fascialRestriction() ? "Yes" : "No"));
        entry(facts, "Red flags", redFlags(intake));
        entry(facts, "Palpation notes", new Span(Formats.orDash(intake.palpationNotes())));
        entry(facts, "Goals", new Span(Formats.orDash(intake.goals())));
        add(facts);

        if (!intake.redFlags().isEmpty()) {
            add(referrals(intakes.referrals(intake.id())));
            add(new Button("Referral / clearance", VaadinIcon.DOCTOR.create(),
                    click -> new ReferralDialog(intake, intakes, onReferralRecorded).open()));
        }
    }

    private static String causes(IntakeDetails intake) {
        return intake.causes().stream().sorted()
                .map(cause -> cause == intake.primaryCause() ? cause.label() + " (primary)" : cause.label())
                .collect(Collectors.joining(", "));
    }

    private static Component redFlags(IntakeDetails intake) {
        Div flags = new Div();
        if (intake.redFlags().isEmpty()) {
            flags.setText("None");
            return flags;
        }
        intake.redFlags().stream().sorted().forEach(flag -> flags.add(flagBadge(intake, flag)));
        if (intake.unresolvedRedFlags().isEmpty()) {
            Span cleared = new Span(" Cleared for treatment by a healthcare professional.");
            cleared.addClassName("relieve-muted");
            flags.add(cleared);
        }
        return flags;
    }

    private static Span flagBadge(IntakeDetails intake, RedFlag flag) {
        boolean unresolved = intake.unresolvedRedFlags().contains(flag);
        Span badge = unresolved ? Formats.badge(flag.label(), "error") : Formats.badge(flag.label(), "success");
        badge.getElement().setAttribute("title", unresolved ? "Not cleared: treatment blocked" : "Cleared");
        badge.addClassName(unresolved ? "relieve-flag-unresolved" : "relieve-flag-cleared");
        return badge;
    }

    private Component referrals(List<ReferralDetails> referrals) {
        if (referrals.isEmpty()) {
            Span none = new Span("No referral recorded yet.");
            none.addClassName("relieve-warning-text");
            return none;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("relieve-referrals");
        referrals.forEach(referral -> list.add(new ListItem(referralText(referral))));
        return list;
    }

    private String referralText(ReferralDetails referral) {
        String outcome = referral.clearedForTreatment() ? "Cleared for treatment by " : "Referred to ";
        String note = referral.note() == null || referral.note().isBlank() ? "" : " — " + referral.note();
        return Formats.date(referral.createdAt(), zone) + ": " + outcome + referral.referredTo() + note
                + " (recorded by " + referral.authorName() + ")";
    }

    private static void entry(DescriptionList list, String term, Component value) {
        list.add(new Term(term), new Description(value));
    }
}
