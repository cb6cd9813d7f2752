package org.relieve.ui.plan;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.relieve.common.BusinessRuleException;
import org.relieve.common.ClinicProperties;
import org.relieve.common.ConflictException;
import org.relieve.intake.IntakeDetails;
import org.relieve.intake.IntakeService;
import org.relieve.plan.PlanDetails;
import org.relieve.plan.PlanService;
import org.relieve.ui.Notifications;

/**
 * The client page's plan tab, for a therapist with the client in their care: every plan newest first,
 * its lifecycle buttons, and the way to build a new plan from the latest intake.
 */
public class ClientPlansTab extends VerticalLayout {

    private final long clientId;
    private final PlanService plans;
    private final IntakeService intakes;
    private final ClinicProperties clinic;

    public ClientPlansTab(long clientId, PlanService plans, IntakeService intakes, ClinicProperties clinic) {
        this.clientId = clientId;
        this.plans = plans;
        this.intakes = intakes;
        this.clinic = clinic;
        setPadding(false);
        refresh();
    }

    private void refresh() {
        removeAll();
        List<IntakeDetails> history = intakes.forClient(clientId);
        Button build = new Button("Build plan from latest intake", VaadinIcon.MAGIC.create());
        build.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (history.isEmpty()) {
            build.setEnabled(false);
            add(build, new Paragraph("Record an intake first: a plan is built from an assessment."));
        } else {
            long latest = history.getFirst().id();
            build.addClickListener(click -> UI.getCurrent().navigate(PlanRoutes.newPlan(latest)));
            add(build);
        }
        List<PlanDetails> found = plans.forClient(clientId);
        if (found.isEmpty()) {
            add(new Paragraph("No treatment plan yet."));
        }
        found.forEach(plan -> add(new PlanCard(plan, clinic.zone(), this::activate, this::complete)));
    }

    private void activate(PlanDetails plan) {
        run(() -> plans.activate(plan.id()), "Plan activated");
    }

    private void complete(PlanDetails plan) {
        run(() -> plans.complete(plan.id()), "Plan completed");
    }

    /** Red flags without clearance, a stale page or a plan already moved on are told, not thrown. */
    private void run(Runnable change, String done) {
        try {
            change.run();
            Notifications.success(done);
        } catch (BusinessRuleException | ConflictException e) {
            Notifications.error(e.getMessage());
        }
        refresh();
    }
}
