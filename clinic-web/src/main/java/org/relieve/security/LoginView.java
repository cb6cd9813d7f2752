package org.relieve.security;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Staff sign-in. The form posts to Spring Security, which answers with {@code ?error} on failure. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Relieve")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();

    public LoginView() {
        addClassName("relieve-login");
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Staff sign-in");
        i18n.getErrorMessage().setTitle("Invalid username or password");
        i18n.getErrorMessage().setMessage("Check both and try again. Ask an administrator if you are locked out.");
        form.setI18n(i18n);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        Paragraph tagline = new Paragraph("Clinic management for back-pain therapy");
        tagline.addClassName("relieve-muted");
        add(new H1("Relieve"), tagline, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
