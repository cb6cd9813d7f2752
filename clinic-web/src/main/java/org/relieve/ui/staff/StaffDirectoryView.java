package org.relieve.ui.staff;

import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.relieve.staff.StaffMember;
import org.relieve.staff.StaffRole;
import org.relieve.staff.StaffService;

/** Who works here and in which roles; every staff member may read it. */
@Route("staff")
@PageTitle("Staff directory · Relieve")
@Menu(title = "Staff directory", order = 80, icon = "vaadin:users")
@PermitAll
class StaffDirectoryView extends VerticalLayout {

    StaffDirectoryView(StaffService staff) {
        addClassName("relieve-view");
        setSizeFull();
        Grid<StaffMember> grid = new Grid<>();
        grid.addColumn(StaffMember::displayName).setHeader("Name").setSortable(true);
        grid.addColumn(member -> member.roles().stream().sorted().map(StaffRole::label)
                .collect(Collectors.joining(", "))).setHeader("Roles");
        grid.setItems(staff.directory().stream().filter(StaffMember::enabled).toList());
        add(new H2("Staff directory"), grid);
    }
}
