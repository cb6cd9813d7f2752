package org.relieve.ui.plan;

import java.time.ZoneId;
import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.relieve.clinical.RuleFinding;
import org.relieve.plan.PlanDetails;
import org.relieve.plan.PlanStatus;
import org.relieve.plan.PlanStep;
import org.relieve.ui.Formats;

/** One saved plan: status, steps with their reasons, the course, the warnings it was saved with, and its actions. */
class PlanCard extends VerticalLayout {

    PlanCard(PlanDetails plan, ZoneId zone, Consumer<PlanDetails> activate, Consumer<PlanDetails> complete) {
        addClassName("relieve-card");
        setSpacing(false);

        Span status = statusBadge(plan.status());
        Span author = new Span("by " + plan.authorName() + " · created " + Formats.date(plan.createdAt(), zone)
                + (plan.activatedAt() == null ? "" : " · activated " + Formats.date(plan.activatedAt(), zone))
                + (plan.completedAt() == null ? "" : " · completed " + Formats.date(plan.completedAt(), zone)));
        author.addClassName("relieve-muted");
        Div heading = new Div(new H3("Treatment plan"), status, author);
        heading.addClassName("relieve-card-heading");
        add(heading);

        add(new Paragraph(plan.sessionsPlanned() + " sessions planned, " + plan.sessionsPerWeek() + " per week"));
        add(steps(plan));
        if (!plan.warnings().isEmpty()) {
            add(warnings(plan));
        }
        add(actions(plan, activate, complete));
    }

    static Span statusBadge(PlanStatus status) {
        Span badge = switch (status) {
            case DRAFT -> Formats.badge("Draft", "contrast");
            case ACTIVE -> Formats.badge("Active", "success");
            case COMPLETED -> Formats.badge("Completed");
        };
        badge.addClassName("relieve-plan-status");
        return badge;
    }

    private static Grid<PlanStep> steps(PlanDetails plan) {
        Grid<PlanStep> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(PlanStep::order).setHeader("#").setWidth("3em").setFlexGrow(0);
        grid.addColumn(step -> step.technique().label()).setHeader("Technique").setAutoWidth(true);
        grid.addColumn(step -> Formats.regions(step.regions())).setHeader("Regions").setFlexGrow(2);
        grid.addColumn(step -> step.pressure().label()).setHeader("Pressure").setAutoWidth(true);
        grid.addColumn(step -> step.minutes() + " min").setHeader("Time").setAutoWidth(true);
        grid.addColumn(step -> Formats.holds(step.holdSecondsMin(), step.holdSecondsMax())).setHeader("Holds")
                .setAutoWidth(true);
        grid.addColumn(step -> Formats.orDash(step.reason())).setHeader("Reason").setFlexGrow(3);
        grid.setItems(plan.steps());
        return grid;
    }

    private static Div warnings(PlanDetails plan) {
        UnorderedList list = new UnorderedList();
        plan.warnings().stream().map(RuleFinding::message).distinct().forEach(message -> list.add(new ListItem(message)));
        Div banner = new Div(new Span("Saved with warnings (the therapist decided):"), list);
        banner.addClassNames("relieve-banner", "relieve-banner-warning");
        return banner;
    }

    private static HorizontalLayout actions(PlanDetails plan, Consumer<PlanDetails> activate,
                                            Consumer<PlanDetails> complete) {
        HorizontalLayout actions = new HorizontalLayout();
        if (plan.status() == PlanStatus.DRAFT) {
            actions.add(new Button("Edit", VaadinIcon.EDIT.create(),
                    click -> UI.getCurrent().navigate(PlanRoutes.editDraft(plan.id()))));
            Button activateButton = new Button("Activate", VaadinIcon.PLAY.create(), click -> activate.accept(plan));
            activateButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(activateButton);
        }
        if (plan.status() == PlanStatus.ACTIVE) {
            actions.add(new Button("Complete", VaadinIcon.CHECK.create(), click -> complete.accept(plan)));
        }
        actions.add(new Button("Home-care sheet", VaadinIcon.PRINT.create(),
                click -> UI.getCurrent().navigate(PlanRoutes.homeCareSheet(plan.id()))));
        return actions;
    }
}
