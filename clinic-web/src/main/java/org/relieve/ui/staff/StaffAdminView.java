package org.relieve.ui.staff;

import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.relieve.staff.StaffMember;
import org.relieve.staff.StaffRole;
import org.relieve.staff.StaffService;

/** Administrators create staff logins, set roles, disable accounts and reset passwords. */
@Route("admin/staff")
@PageTitle("Staff accounts · Relieve")
@Menu(title = "Staff accounts", order = 90, icon = "vaadin:user-card")
@RolesAllowed("ADMIN")
class StaffAdminView extends VerticalLayout {

    private final StaffService staff;
    private final Grid<StaffMember> grid = new Grid<>();

    StaffAdminView(StaffService staff) {
        this.staff = staff;
        addClassName("relieve-view");
        setSizeFull();

        Button create = new Button("New account", VaadinIcon.PLUS.create(),
                click -> new StaffAccountDialog(staff, this::refresh).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.addColumn(StaffMember::displayName).setHeader("Name").setSortable(true);
        grid.addColumn(StaffMember::username).setHeader("Username").setSortable(true);
        grid.addColumn(member -> member.roles().stream().sorted().map(StaffRole::label)
                .collect(Collectors.joining(", "))).setHeader("Roles");
        grid.addColumn(member -> !member.enabled() ? "Disabled"
                : member.mustChangePassword() ? "Must change password" : "Active").setHeader("Status");
        grid.addComponentColumn(member -> new HorizontalLayout(
                new Button("Edit", click -> new StaffAccountDialog(staff, member, this::refresh).open()),
                new Button("Reset password", click -> new PasswordResetDialog(staff, member, this::refresh).open())))
                .setHeader("").setAutoWidth(true);
        refresh();

        add(new HorizontalLayout(new H2("Staff accounts"), create), grid);
    }

    private void refresh() {
        grid.setItems(staff.directory());
    }
}
