package org.relieve.security;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.relieve.staff.LoginCodeResult;
import org.relieve.staff.TwoFactorService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The second sign-in step for accounts with two-factor sign-in: the code from the authenticator
 * app, or one of the recovery codes. Open to anyone, but it does something only for a session
 * whose password was just accepted ({@link PendingSecondFactor}).
 */
@Route(value = "login/code", autoLayout = false)
@PageTitle("Sign-in code · Relieve")
@AnonymousAllowed
public class LoginCodeView extends Main implements BeforeEnterObserver {

    private final TwoFactorService twoFactor;
    private final SignInSession signInSession;
    private final TextField code = new TextField("Code");

    LoginCodeView(TwoFactorService twoFactor, SignInSession signInSession, AuthenticationContext authentication) {
        this.twoFactor = twoFactor;
        this.signInSession = signInSession;
        addClassName("relieve-login");
        code.setHelperText("Six digits from your authenticator app, or one of your recovery codes.");
        code.setAutofocus(true);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setMaxLength(40);
        Button verify = new Button("Verify", click -> verify());
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickShortcut(Key.ENTER);
        Button startOver = new Button("Sign in as someone else", click -> authentication.logout());
        startOver.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new H1("Relieve"), new Paragraph("Your password was right. Now enter the code that proves it is you."),
                code, new HorizontalLayout(verify, startOver));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof PendingSecondFactor)) {
            event.forwardTo(authentication != null && authentication.isAuthenticated() ? "" : "login");
        }
    }

    private void verify() {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof PendingSecondFactor pending)) {
            UI.getCurrent().navigate(LoginView.class);
            return;
        }
        LoginCodeResult result = twoFactor.verifyLoginCode(pending.getName(), code.getValue());
        if (result.accepted()) {
            signInSession.codeAccepted(pending);
            UI.getCurrent().getPage().setLocation(VaadinServletRequest.getCurrent().getContextPath() + "/");
            return;
        }
        code.clear();
        code.setErrorMessage(result == LoginCodeResult.LOCKED
                ? "Too many wrong codes. Wait five minutes, then try again."
                : "That code is not right. Codes change every 30 seconds: type the one the app shows now.");
        code.setInvalid(true);
    }
}
