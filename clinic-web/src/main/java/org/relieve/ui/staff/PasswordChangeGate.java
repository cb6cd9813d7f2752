package org.relieve.ui.staff;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.relieve.staff.StaffMember;
import org.relieve.staff.StaffService;
import org.springframework.stereotype.Component;

/**
 * Someone signed in with a password an administrator set may open nothing but "My account" until
 * they have chosen their own. Asked on every navigation, so the change lifts the gate at once.
 */
@Component
class PasswordChangeGate implements VaadinServiceInitListener {

    private final StaffService staff;

    PasswordChangeGate(StaffService staff) {
        this.staff = staff;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        if (event.getNavigationTarget() == AccountView.class) {
            return;
        }
        if (staff.currentMember().map(StaffMember::mustChangePassword).orElse(false)) {
            event.rerouteTo(AccountView.class);
        }
    }
}
