package org.relieve.ui.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.relieve.client.ClientService;
import org.relieve.clinical.RedFlag;
import org.relieve.clinical.RuleFinding;
import org.relieve.clinical.RuleViolationException;
import org.relieve.common.ConflictException;
import org.relieve.common.RecordNotFoundException;
import org.relieve.intake.IntakeDetails;
import org.relieve.intake.IntakeService;
import org.relieve.plan.PlanDetails;
import org.relieve.plan.PlanProposal;
import org.relieve.plan.PlanService;
import org.relieve.plan.PlanStatus;
import org.relieve.plan.PlanStep;
import org.relieve.ui.Formats;
import org.relieve.ui.Notifications;
import org.springframework.security.access.AccessDeniedException;

/**
 * Builds a treatment plan from the plan builder's proposal for an intake, or edits a saved draft.
 * The builder proposes, the therapist decides: every step can be changed, moved or removed. The
 * service's safety gate has the last word; its refusals appear next to the step fields they name.
 */
@Route("plans/new/:" + PlanRoutes.INTAKE_ID)
@RouteAlias("plans/:" + PlanRoutes.PLAN_ID + "/edit")
@PageTitle("Treatment plan · Relieve")
@RolesAllowed("THERAPIST")
class PlanEditorView extends VerticalLayout implements BeforeEnterObserver {

    /** A common starting course; the builder proposes no frequency, so the therapist adjusts this. */
    static final int DEFAULT_SESSIONS = 6;
    static final int DEFAULT_PER_WEEK = 1;

    private final PlanService plans;
    private final IntakeService intakes;
    private final ClientService clients;

    private final H2 title = new H2();
    private final Paragraph intakeSummary = new Paragraph();
    private final Div referralBanner = new Div();
    private final Div savedWarnings = new Div();
    private final Div errorBanner = new Div();
    private final PlanForm form = new PlanForm();

    private long clientId;
    private long intakeId;
    private Long planId;
    private long version;

    PlanEditorView(PlanService plans, IntakeService intakes, ClientService clients) {
        this.plans = plans;
        this.intakes = intakes;
        this.clients = clients;
        addClassName("relieve-view");
        intakeSummary.addClassName("relieve-muted");
        referralBanner.addClassNames("relieve-banner", "relieve-banner-error");
        savedWarnings.addClassNames("relieve-banner", "relieve-banner-warning");
        errorBanner.addClassNames("relieve-banner", "relieve-banner-error");
        for (Div banner : List.of(referralBanner, savedWarnings, errorBanner)) {
            banner.setVisible(false);
        }

        Button save = new Button("Save draft", click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", click -> PlanRoutes.toClientPlans(clientId));
        add(title, intakeSummary, referralBanner, savedWarnings, form, errorBanner, new HorizontalLayout(save, cancel));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> planParam = event.getRouteParameters().get(PlanRoutes.PLAN_ID).flatMap(PlanEditorView::parse);
        Optional<Long> intakeParam = event.getRouteParameters().get(PlanRoutes.INTAKE_ID).flatMap(PlanEditorView::parse);
        try {
            if (planParam.isPresent()) {
                loadDraft(event, planParam.get());
            } else {
                loadProposal(intakeParam.orElseThrow(() -> new RecordNotFoundException("Intake", "without a number")));
            }
        } catch (RecordNotFoundException | AccessDeniedException e) {
            Notifications.error(e instanceof AccessDeniedException ? e.getMessage()
                    : "That plan or intake does not exist.");
            event.forwardTo("clients");
        }
    }

    private void loadProposal(long fromIntake) {
        IntakeDetails intake = intakes.get(fromIntake);
        PlanProposal proposal = plans.propose(fromIntake);
        start(intake, null, 0);
        title.setText("New treatment plan · " + clients.get(clientId).fullName());
        showReferral(proposal.referralRequired(), proposal.blockingRedFlags());
        form.setValue(proposal.steps().stream().map(PlanStep::of).toList(), DEFAULT_SESSIONS, DEFAULT_PER_WEEK,
                proposal.homeCare());
        form.sessionsPlanned.setHelperText("Suggested starting course; adjust it to the client.");
    }

    private void loadDraft(BeforeEnterEvent event, long id) {
        PlanDetails plan = plans.get(id);
        if (plan.status() != PlanStatus.DRAFT) {
            Notifications.error("Only a draft plan can be changed; this plan is " + plan.status().name().toLowerCase()
                    + ". Build a new plan instead.");
            event.forwardTo("clients/" + plan.clientId());
            return;
        }
        IntakeDetails intake = intakes.get(plan.intakeId());
        start(intake, plan.id(), plan.version());
        title.setText("Edit draft plan · " + clients.get(clientId).fullName());
        showReferral(!intake.redFlags().isEmpty(), intake.unresolvedRedFlags());
        form.setValue(plan.steps(), plan.sessionsPlanned(), plan.sessionsPerWeek(), plan.homeCare());
        if (!plan.warnings().isEmpty()) {
            savedWarnings.add(new Span("Saved with warnings (the therapist decided):"),
                    list(plan.warnings().stream().map(w -> PlanForm.where(w.field()) + w.message()).distinct().toList()));
            savedWarnings.setVisible(true);
        }
    }

    private void start(IntakeDetails intake, Long draftId, long draftVersion) {
        clientId = intake.clientId();
        intakeId = intake.id();
        planId = draftId;
        version = draftVersion;
        intakeSummary.setText("From the intake of " + Formats.date(intake.assessedOn()) + ": "
                + intake.acuity().label() + ", pain " + intake.painScore() + "/10, primary cause "
                + intake.primaryCause().label().toLowerCase() + ", trigger points "
                + (intake.triggerPoints().isEmpty() ? "none" : Formats.regions(intake.triggerPoints())) + ".");
    }

    private void showReferral(boolean referralRequired, Set<RedFlag> blocking) {
        if (!blocking.isEmpty()) {
            referralBanner.setText("Referral required. Red flags without clearance: " + blocking.stream().sorted()
                    .map(RedFlag::label).collect(Collectors.joining(", ")) + ". The plan can be saved as a draft, "
                    + "but it cannot be activated until a healthcare professional clears the client.");
            referralBanner.setVisible(true);
        } else if (referralRequired) {
            referralBanner.setText("The intake has red flags; a healthcare professional has cleared the client.");
            referralBanner.removeClassName("relieve-banner-error");
            referralBanner.setVisible(true);
        }
    }

    private void save() {
        form.clearErrors();
        errorBanner.removeAll();
        errorBanner.setVisible(false);
        try {
            PlanDetails saved = planId == null ? plans.create(clientId, form.toPlan(intakeId))
                    : plans.updateDraft(planId, form.toPlan(intakeId), version);
            Notifications.success(saved.warnings().isEmpty() ? "Draft plan saved"
                    : "Draft plan saved with " + saved.warnings().size() + " warning(s), shown with the plan");
            PlanRoutes.toClientPlans(clientId);
        } catch (ConstraintViolationException e) {
            List<String> unplaced = new ArrayList<>();
            for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
                String path = PlanForm.pathOf(violation);
                if (!form.show(path, violation.getMessage())) {
                    unplaced.add(PlanForm.where(path) + violation.getMessage());
                }
            }
            showError("The plan was not saved. Correct the marked fields.", unplaced);
        } catch (RuleViolationException e) {
            List<String> unplaced = new ArrayList<>();
            for (RuleFinding finding : e.findings()) {
                if (!form.show(finding.field(), finding.message())) {
                    unplaced.add(PlanForm.where(finding.field()) + finding.message());
                }
            }
            showError("The plan was not saved: it breaks a safety rule. "
                    + (e.findings().isEmpty() ? e.getMessage() : "See the marked fields."), unplaced);
        } catch (ConflictException e) {
            showError(e.getMessage(), List.of()); // the form keeps the therapist's steps to redo after reloading
            Notifications.conflict(e);
        }
    }

    private void showError(String headline, List<String> details) {
        errorBanner.add(new Span(headline));
        if (!details.isEmpty()) {
            errorBanner.add(list(details.stream().distinct().toList()));
        }
        errorBanner.setVisible(true);
    }

    private static UnorderedList list(List<String> lines) {
        UnorderedList list = new UnorderedList();
        lines.forEach(line -> list.add(new ListItem(line)));
        return list;
    }

    private static Optional<Long> parse(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
