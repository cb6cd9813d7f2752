package org.relieve.ui.client;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dataview.GridLazyDataView;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.relieve.client.ClientFilter;
import org.relieve.client.ClientService;
import org.relieve.client.ClientSummary;
import org.relieve.staff.StaffMember;
import org.relieve.staff.StaffRole;
import org.relieve.staff.StaffService;
import org.relieve.ui.CurrentStaff;
import org.relieve.ui.Formats;
import org.springframework.data.domain.PageRequest;

/**
 * The client registry: search, filter, open a client. Rows are fetched page by page from the
 * service (thousands of clients), never loaded into memory as a whole.
 */
@Route("clients")
@PageTitle("Clients · Relieve")
@Menu(title = "Clients", order = 10, icon = "vaadin:user-heart")
@RolesAllowed({"FRONT_DESK", "THERAPIST", "MANAGER"})
class ClientListView extends VerticalLayout {

    private final ClientService clients;
    private final Long currentStaffId;

    private final TextField search = new TextField();
    private final Checkbox showArchived = new Checkbox("Show archived");
    private final Checkbox myClientsOnly = new Checkbox("My clients only");
    private final Checkbox awaitingClearanceOnly = new Checkbox("Awaiting clearance only");
    private final Grid<ClientSummary> grid = new Grid<>();
    private final GridLazyDataView<ClientSummary> rows;

    ClientListView(ClientService clients, StaffService staff, CurrentStaff currentStaff,
                   AuthenticationContext authentication) {
        this.clients = clients;
        this.currentStaffId = currentStaff.member().map(StaffMember::id).orElse(null);
        boolean therapist = authentication.hasRole(StaffRole.THERAPIST.name());
        boolean frontDesk = authentication.hasRole(StaffRole.FRONT_DESK.name());
        addClassName("relieve-view");
        setSizeFull();

        search.setPlaceholder("Search by name, phone or email");
        search.setAriaLabel("Search clients");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("22em");

        configureColumns(therapist);
        // The count lets the grid size its scroll bar; both queries read only what the page needs.
        rows = grid.setItemsPageable(
                pageable -> clients.search(filter(), pageable).getContent(),
                pageable -> clients.search(filter(), PageRequest.of(0, 1)).getTotalElements());
        grid.addItemClickListener(click -> grid.getUI().ifPresent(ui -> ui.navigate(ClientDetailsView.class,
                new RouteParameters(ClientDetailsView.CLIENT_ID, String.valueOf(click.getItem().id())))));
        grid.setPartNameGenerator(client -> client.archived() ? "relieve-archived" : null);
        grid.setEmptyStateText("No clients match.");

        search.addValueChangeListener(change -> rows.refreshAll());
        showArchived.addValueChangeListener(change -> rows.refreshAll());
        myClientsOnly.addValueChangeListener(change -> rows.refreshAll());
        awaitingClearanceOnly.addValueChangeListener(change -> rows.refreshAll());

        HorizontalLayout filters = new HorizontalLayout(search, showArchived);
        if (therapist) {
            filters.add(myClientsOnly, awaitingClearanceOnly);
        }
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        HorizontalLayout header = new HorizontalLayout(new H2("Clients"));
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        if (frontDesk) {
            Button create = new Button("New client", VaadinIcon.PLUS.create(),
                    click -> new ClientFormDialog(clients, staff, null, saved -> rows.refreshAll()).open());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(create);
        }
        add(header, filters, grid);
        setFlexGrow(1, grid);
    }

    private void configureColumns(boolean therapist) {
        grid.addColumn(ClientSummary::fullName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(client -> Formats.date(client.dateOfBirth())).setHeader("Date of birth").setAutoWidth(true);
        grid.addColumn(client -> Formats.orDash(client.phone())).setHeader("Phone").setAutoWidth(true);
        grid.addColumn(client -> Formats.orDash(client.email())).setHeader("Email").setAutoWidth(true);
        grid.addColumn(client -> client.profile().label()).setHeader("Profile").setAutoWidth(true);
        grid.addColumn(client -> Formats.orDash(client.primaryTherapistName())).setHeader("Primary therapist")
                .setAutoWidth(true);
        if (therapist) {
            // Clinical information: the service fills it for therapists only, so only they get the column.
            grid.addComponentColumn(ClientListView::clearanceBadge).setHeader("Awaiting clearance").setAutoWidth(true);
        }
        grid.addComponentColumn(client -> client.archived() ? Formats.badge("Archived", "contrast") : new Span())
                .setHeader("").setAutoWidth(true);
    }

    private static Component clearanceBadge(ClientSummary client) {
        return Boolean.TRUE.equals(client.awaitingClearance()) ? Formats.badge("Awaiting clearance", "error")
                : new Span();
    }

    private ClientFilter filter() {
        Long therapistFilter = myClientsOnly.getValue() ? currentStaffId : null;
        return new ClientFilter(search.getValue(), showArchived.getValue(), therapistFilter,
                awaitingClearanceOnly.getValue());
    }
}
