package org.relieve.ui.client;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.relieve.client.CareTeam;
import org.relieve.client.ClientDetails;
import org.relieve.client.ClientService;
import org.relieve.common.ClinicProperties;
import org.relieve.common.RecordNotFoundException;
import org.relieve.intake.IntakeService;
import org.relieve.plan.PlanService;
import org.relieve.staff.StaffRole;
import org.relieve.staff.StaffService;
import org.relieve.ui.Formats;
import org.relieve.ui.Notifications;
import org.relieve.reporting.OutcomeReportService;
import org.relieve.ui.plan.ClientPlansTab;
import org.relieve.ui.session.ClientSessionsTab;
import org.relieve.ui.session.SessionServices;

/**
 * One client: demographics for everyone who may see the client; the schedule summary for the front
 * desk; intake, plans and session records for therapists with the client in their care. Clinical services are never
 * called for anyone else, and each clinical tab is read (and so audited) only when it is opened.
 */
@Route("clients/:" + ClientDetailsView.CLIENT_ID)
@PageTitle("Client · Relieve")
@RolesAllowed({"FRONT_DESK", "THERAPIST", "MANAGER"})
class ClientDetailsView extends VerticalLayout implements BeforeEnterObserver {

    static final String CLIENT_ID = "clientId";
    /** Query parameter that opens a tab, e.g. {@code ?tab=plan} when coming back from the plan editor. */
    static final String TAB = "tab";

    private final ClientService clients;
    private final StaffService staff;
    private final CareTeam careTeam;
    private final IntakeService intakes;
    private final PlanService plans;
    private final ClinicProperties clinic;
    private final AuthenticationContext authentication;
    private final SessionServices sessions;
    private final OutcomeReportService outcomes;

    private ClientDetails client;

    ClientDetailsView(ClientService clients, StaffService staff, CareTeam careTeam, IntakeService intakes,
                      PlanService plans, ClinicProperties clinic, AuthenticationContext authentication,
                      SessionServices sessions, OutcomeReportService outcomes) {
        this.outcomes = outcomes;
        this.clients = clients;
        this.staff = staff;
        this.careTeam = careTeam;
        this.intakes = intakes;
        this.plans = plans;
        this.clinic = clinic;
        this.authentication = authentication;
        this.sessions = sessions;
        addClassName("relieve-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().get(CLIENT_ID).flatMap(ClientDetailsView::parseId);
        try {
            client = clients.get(id.orElseThrow(() -> new RecordNotFoundException("Client", "without a number")));
        } catch (RecordNotFoundException e) {
            Notifications.error("That client does not exist. Choose one from the list.");
            event.forwardTo(ClientListView.class);
            return;
        }
        String tab = event.getLocation().getQueryParameters().getSingleParameter(TAB).orElse("");
        render(tab);
    }

    /** Rebuilds the page from the stored client, e.g. after an edit or an intake that changed who cares for them. */
    void reload(String tab) {
        client = clients.get(client.id());
        render(tab);
    }

    private void render(String selectTab) {
        removeAll();
        add(header());

        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add("Profile", new ClientProfilePanel(client, clients, staff, isFrontDesk(), () -> reload("")));
        if (isFrontDesk()) {
            tabs.add("Schedule", new ScheduleSummary(plans.activeSchedule(client.id())));
        }
        if (hasRole(StaffRole.THERAPIST)) {
            boolean inCare = careTeam.mayOpenClinicalRecords(client.id());
            // A client nobody has taken on yet may be assessed by any therapist, who then takes them on.
            boolean mayStartIntake = inCare || client.primaryTherapistId() == null;
            Tab intake = lazyTab(tabs, "Intake", () -> mayStartIntake
                    ? new IntakeTab(client, inCare, intakes, clinic, () -> reload("intake"))
                    : notInCare());
            Tab plan = lazyTab(tabs, "Plan", () -> inCare
                    ? new ClientPlansTab(client.id(), plans, intakes, clinic)
                    : mayStartIntake ? firstIntakeNeeded() : notInCare());
            // Session records and outcomes exist only for clients in care: colleagues do not even see the tabs.
            Tab records = inCare ? lazyTab(tabs, "Sessions", () -> new ClientSessionsTab(client.id(), sessions)) : null;
            Tab outcome = inCare ? lazyTab(tabs, "Outcomes",
                    () -> new ClientOutcomesTab(outcomes.clientOutcome(client.id()))) : null;
            if ("outcomes".equals(selectTab) && outcome != null) {
                tabs.setSelectedTab(outcome);
            }
            if ("intake".equals(selectTab)) {
                tabs.setSelectedTab(intake);
            } else if ("plan".equals(selectTab)) {
                tabs.setSelectedTab(plan);
            } else if ("sessions".equals(selectTab) && records != null) {
                tabs.setSelectedTab(records);
            }
        }
        add(tabs);
    }

    /** A tab whose content is built the first time it is selected. */
    private static Tab lazyTab(TabSheet tabs, String label, Supplier<Component> content) {
        Div holder = new Div();
        holder.setWidthFull();
        Tab tab = tabs.add(label, holder);
        tabs.addSelectedChangeListener(change -> {
            if (change.getSelectedTab() == tab && holder.getChildren().findAny().isEmpty()) {
                holder.add(content.get());
            }
        });
        return tab;
    }

    private Component header() {
        H2 name = new H2(client.fullName());
        name.getStyle().set("margin", "0");
        LocalDate today = LocalDate.now(clinic.zone());
        int age = Period.between(client.dateOfBirth(), today).getYears();
        Span facts = new Span(age + " years · " + client.profile().label());
        facts.addClassName("relieve-muted");
        HorizontalLayout header = new HorizontalLayout(name, facts);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (client.archived()) {
            header.add(Formats.badge("Archived", "contrast"));
        }
        return header;
    }

    private static Component notInCare() {
        Div message = new Div();
        message.addClassName("relieve-banner");
        message.setText("This client is not in your care. Intake and plans are open only to the client's primary "
                + "therapist and to therapists who have assessed or planned for them.");
        return message;
    }

    private static Component firstIntakeNeeded() {
        Div message = new Div();
        message.addClassName("relieve-banner");
        message.setText("No plan yet: a plan is built from an intake. Record the first intake on the Intake tab; "
                + "you then become the client's primary therapist.");
        return message;
    }

    private boolean isFrontDesk() {
        return hasRole(StaffRole.FRONT_DESK);
    }

    private boolean hasRole(StaffRole role) {
        return authentication.hasRole(role.name());
    }

    private static Optional<Long> parseId(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
