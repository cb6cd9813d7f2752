package org.relieve.ui.staff;

import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
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
import org.relieve.staff.TwoFactorService;
import org.relieve.ui.Notifications;

/**
 * Administrators create staff logins, set roles, disable accounts, reset passwords and two-factor
 * sign-in, and decide whether two-factor sign-in is required for everyone.
 */
@Route("admin/staff")
@PageTitle("Staff accounts · Relieve")
@Menu(title = "Staff accounts", order = 90, icon = "vaadin:user-card")
@RolesAllowed("ADMIN")
class StaffAdminView extends VerticalLayout {

    private final StaffService staff;
    private final TwoFactorService twoFactor;
    private final Grid<StaffMember> grid = new Grid<>();
    private Set<Long> enrolled = Set.of();

    StaffAdminView(StaffService staff, TwoFactorService twoFactor) {
        this.staff = staff;
        this.twoFactor = twoFactor;
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
        grid.addColumn(member -> enrolled.contains(member.id()) ? "On" : "Off").setHeader("Two-factor");
        grid.addComponentColumn(member -> {
            Button resetTwoFactor = new Button("Reset two-factor", click -> confirmTwoFactorReset(member));
            resetTwoFactor.setVisible(enrolled.contains(member.id()));
            return new HorizontalLayout(
                    new Button("Edit", click -> new StaffAccountDialog(staff, member, this::refresh).open()),
                    new Button("Reset password", click -> new PasswordResetDialog(staff, member, this::refresh).open()),
                    resetTwoFactor);
        }).setHeader("").setAutoWidth(true);
        refresh();

        Checkbox required = new Checkbox("Require two-factor sign-in for everyone", twoFactor.requiredForEveryone());
        required.setTooltipText("People without it are sent to enrol at their next sign-in and can open nothing else until they have.");
        required.addValueChangeListener(change -> {
            twoFactor.requireForEveryone(change.getValue());
            Notifications.success(change.getValue() ? "Two-factor sign-in is now required for everyone"
                    : "Two-factor sign-in is now optional");
        });

        add(new HorizontalLayout(new H2("Staff accounts"), create), required, grid);
    }

    private void refresh() {
        enrolled = twoFactor.enrolledAccountIds();
        grid.setItems(staff.directory());
    }

    private void confirmTwoFactorReset(StaffMember member) {
        Dialog confirm = new Dialog();
        confirm.setHeaderTitle("Reset two-factor sign-in for " + member.displayName() + "?");
        confirm.add(new Paragraph("Their authenticator app and recovery codes stop working; they sign in with the "
                + "password alone and can enrol again. Do this only after checking who is asking."));
        Button reset = new Button("Reset two-factor", click -> {
            twoFactor.resetFor(member.id());
            confirm.close();
            Notifications.success("Two-factor sign-in reset for " + member.displayName());
            refresh();
        });
        reset.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.getFooter().add(new Button("Cancel", click -> confirm.close()), reset);
        confirm.open();
    }
}
