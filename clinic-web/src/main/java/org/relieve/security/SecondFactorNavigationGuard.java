package org.relieve.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The in-app half of {@link SecondFactorGate}: navigation inside a running UI travels in Vaadin's
 * own requests, which the gate lets through, so every navigation is checked here too.
 */
@Component
class SecondFactorNavigationGuard implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::holdOnNextStep));
    }

    private void holdOnNextStep(BeforeEnterEvent event) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof PendingSecondFactor) {
            if (event.getNavigationTarget() != LoginCodeView.class) {
                event.forwardTo(LoginCodeView.class);
            }
        } else if (TwoFactorSignIn.mustEnrol(authentication)
                && !("/" + event.getLocation().getPath()).equals(SecondFactorGate.ACCOUNT_PATH)) {
            event.forwardTo(SecondFactorGate.ACCOUNT_PATH.substring(1));
        }
    }
}
