package org.relieve.ui.plan;

import java.time.LocalDate;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.relieve.client.ClientService;
import org.relieve.common.ClinicProperties;
import org.relieve.common.RecordNotFoundException;
import org.relieve.plan.HomeCareAdvice;
import org.relieve.plan.PlanDetails;
import org.relieve.plan.PlanService;
import org.relieve.ui.Formats;
import org.relieve.ui.Notifications;
import org.springframework.security.access.AccessDeniedException;

/**
 * The home-care programme as a page the client takes home: no application frame around it, and the
 * buttons are hidden when printed (see {@code @media print} in relieve.css).
 */
@Route(value = "plans/:" + PlanRoutes.PLAN_ID + "/home-care", autoLayout = false)
@PageTitle("Home care · Relieve")
@RolesAllowed("THERAPIST")
class HomeCareSheetView extends Div implements BeforeEnterObserver {

    static final String SPINE_WARNING = "Never press on the spine itself.";

    private final PlanService plans;
    private final ClientService clients;
    private final ClinicProperties clinic;

    HomeCareSheetView(PlanService plans, ClientService clients, ClinicProperties clinic) {
        this.plans = plans;
        this.clients = clients;
        this.clinic = clinic;
        addClassName("relieve-sheet");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().get(PlanRoutes.PLAN_ID).flatMap(HomeCareSheetView::parse);
        try {
            render(plans.get(id.orElseThrow(() -> new RecordNotFoundException("Treatment plan", "without a number"))));
        } catch (RecordNotFoundException | AccessDeniedException e) {
            Notifications.error(e instanceof AccessDeniedException ? e.getMessage() : "That plan does not exist.");
            event.forwardTo("clients");
        }
    }

    private void render(PlanDetails plan) {
        removeAll();
        Button print = new Button("Print", VaadinIcon.PRINT.create(),
                click -> UI.getCurrent().getPage().executeJs("window.print()"));
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button back = new Button("Back to client", click -> PlanRoutes.toClientPlans(plan.clientId()));
        Div toolbar = new Div(print, back);
        toolbar.addClassName("relieve-no-print");

        H1 clinicName = new H1(clinic.name());
        H2 heading = new H2("Home care for " + clients.get(plan.clientId()).fullName());
        Paragraph date = new Paragraph(Formats.date(LocalDate.now(clinic.zone())));
        date.addClassName("relieve-muted");

        OrderedList advice = new OrderedList();
        plan.homeCare().forEach(item -> advice.add(new ListItem(line(item))));
        Paragraph spine = new Paragraph(SPINE_WARNING);
        spine.addClassName("relieve-sheet-warning");
        Paragraph therapist = new Paragraph("Your therapist: " + plan.authorName());

        add(toolbar, clinicName, heading, date);
        add(plan.homeCare().isEmpty() ? new Paragraph("No home-care advice in this plan.") : advice);
        add(spine, therapist);
    }

    private static String line(HomeCareAdvice item) {
        String times = HomeCareEditor.times(item);
        return item.advice() + (times.isEmpty() ? "" : " (" + times + ")");
    }

    private static Optional<Long> parse(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
