package org.relieve.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The frame around every signed-in view. The side navigation lists only what the signed-in person
 * may open: Vaadin filters the {@code @Menu} entries by each view's access annotations.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication, CurrentStaff currentStaff) {
        setPrimarySection(Section.DRAWER);

        Span brand = new Span("Relieve");
        brand.addClassName("relieve-brand");
        SideNav navigation = new SideNav();
        MenuConfiguration.getMenuEntries().forEach(entry -> navigation.addItem(toItem(entry)));
        Scroller scroller = new Scroller(navigation);
        scroller.addClassName("relieve-view");
        addToDrawer(brand, scroller);

        Span who = new Span(currentStaff.displayName());
        who.addClassName("relieve-muted");
        Button signOut = new Button("Sign out", new Icon(VaadinIcon.SIGN_OUT), click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout account = new HorizontalLayout(who, signOut);
        account.setAlignItems(FlexComponent.Alignment.CENTER);
        account.getStyle().set("margin-left", "auto").set("margin-right", "var(--lumo-space-m)");
        addToNavbar(new DrawerToggle(), account);
    }

    private static SideNavItem toItem(MenuEntry entry) {
        return entry.icon() == null || entry.icon().isBlank()
                ? new SideNavItem(entry.title(), entry.path())
                : new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()));
    }
}
