package org.relieve.ui.schedule;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import org.relieve.plan.PlanSchedule;
import org.relieve.schedule.SeriesResult;
import org.relieve.ui.FieldErrors;

/**
 * The booking dialog's optional "Book a series" part: how many appointments and how many a week,
 * prefilled from the client's active plan, and afterwards the full outcome, refusals included.
 */
class SeriesFields extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm");

    final Checkbox enabled = new Checkbox("Book a series");
    final IntegerField occurrences = new IntegerField("Appointments");
    final IntegerField perWeek = new IntegerField("Per week");
    final Span plan = new Span();
    final Div result = new Div();

    SeriesFields() {
        addClassName("relieve-series");
        occurrences.setMin(1);
        occurrences.setMax(52);
        occurrences.setStepButtonsVisible(true);
        occurrences.setValue(6);
        perWeek.setMin(1);
        perWeek.setMax(7);
        perWeek.setStepButtonsVisible(true);
        perWeek.setValue(1);
        plan.addClassName("relieve-muted");
        HorizontalLayout counts = new HorizontalLayout(occurrences, perWeek);
        counts.setVisible(false);
        enabled.addValueChangeListener(change -> counts.setVisible(change.getValue()));
        result.addClassName("relieve-series-result");
        result.setVisible(false);
        add(enabled, plan, counts, result);
    }

    void bindErrors(FieldErrors errors) {
        errors.bind("occurrences", occurrences).bind("perWeek", perWeek);
    }

    boolean isRequested() {
        return enabled.getValue();
    }

    int occurrences() {
        return Optional.ofNullable(occurrences.getValue()).orElse(0);
    }

    int perWeek() {
        return Optional.ofNullable(perWeek.getValue()).orElse(0);
    }

    /** Shows the client's plan and books to it by default; a client without one leaves the fields as they are. */
    void showPlan(Optional<PlanSchedule> schedule) {
        plan.setText(schedule.map(s -> "Plan: " + s.sessionsPlanned() + " sessions, " + s.sessionsPerWeek() + " per week")
                .orElse(""));
        schedule.ifPresent(s -> {
            occurrences.setValue(s.sessionsPlanned());
            perWeek.setValue(s.sessionsPerWeek());
        });
    }

    /** Every occurrence is accounted for: the number booked and each refused one with the reason. */
    void showResult(SeriesResult outcome, ZoneId zone) {
        result.removeAll();
        int total = outcome.booked().size() + outcome.refused().size();
        Paragraph summary = new Paragraph("Booked " + outcome.booked().size() + " of " + total + " appointments."
                + (outcome.refused().isEmpty() ? "" : " Not booked:"));
        result.add(summary);
        if (!outcome.refused().isEmpty()) {
            UnorderedList refused = new UnorderedList();
            outcome.refused().forEach(r -> refused.add(new ListItem("#" + r.occurrence() + " "
                    + WHEN.format(r.start().atZoneSameInstant(zone)) + ": " + r.reason())));
            result.add(refused);
        }
        result.setVisible(true);
    }
}
