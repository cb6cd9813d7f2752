package org.relieve.ui.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolationException;
import org.relieve.common.BusinessRuleException;
import org.relieve.staff.AccessTokenDetails;
import org.relieve.staff.AccessTokenService;
import org.relieve.staff.IssuedAccessToken;
import org.relieve.ui.FieldErrors;
import org.relieve.ui.Formats;
import org.relieve.ui.Notifications;

/** The account page's personal access tokens: create one (shown once), see when each was last used, revoke. */
class AccessTokensPanel extends VerticalLayout {

    private final AccessTokenService tokens;
    private final ZoneId zone;
    private final Grid<AccessTokenDetails> grid = new Grid<>();

    AccessTokensPanel(AccessTokenService tokens, ZoneId zone) {
        this.tokens = tokens;
        this.zone = zone;
        setPadding(false);

        TextField name = new TextField("Token name");
        name.setPlaceholder("e.g. practice accounting export");
        DatePicker expiresOn = new DatePicker("Expires on", LocalDate.now(zone).plusDays(90));
        FieldErrors errors = new FieldErrors().bind("name", name).bind("expiresOn", expiresOn);
        Button create = new Button("Create token", click -> {
            errors.clear();
            try {
                IssuedAccessToken issued = tokens.create(name.getValue(), expiresOn.getValue());
                name.clear();
                refresh();
                showOnce(issued);
            } catch (ConstraintViolationException e) {
                errors.show(e);
            } catch (BusinessRuleException e) {
                errors.show("expiresOn", e.getMessage());
            }
        });
        HorizontalLayout form = new HorizontalLayout(name, expiresOn, create);
        form.setAlignItems(Alignment.BASELINE);

        grid.addColumn(AccessTokenDetails::name).setHeader("Name");
        grid.addColumn(token -> Formats.date(token.createdAt(), zone)).setHeader("Created");
        grid.addColumn(token -> Formats.date(token.expiresAt().minusSeconds(1), zone)).setHeader("Expires after");
        grid.addColumn(token -> token.lastUsedAt() == null ? "Never" : Formats.date(token.lastUsedAt(), zone))
                .setHeader("Last used");
        grid.addColumn(token -> token.statusAt(Instant.now())).setHeader("Status");
        grid.addComponentColumn(token -> {
            Button revoke = new Button("Revoke", click -> {
                tokens.revoke(token.id());
                Notifications.success("Token '" + token.name() + "' revoked");
                refresh();
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            revoke.setVisible(token.revocable());
            return revoke;
        }).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        refresh();

        add(new H3("Personal access tokens"),
                new Paragraph("For programs that call the Relieve API as you (send 'Authorization: Bearer <token>'). "
                        + "Accounts with two-factor sign-in must use a token: the API refuses their password."),
                form, grid);
    }

    private void refresh() {
        grid.setItems(tokens.myTokens());
    }

    private void showOnce(IssuedAccessToken issued) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Token '" + issued.details().name() + "' created");
        TextField value = new TextField("Token");
        value.setValue(issued.token());
        value.setReadOnly(true);
        value.setWidthFull();
        value.addClassName("relieve-secret");
        dialog.add(new Paragraph("Copy it now: it is shown only this once and Relieve keeps only a fingerprint of it."),
                value);
        Button done = new Button("Done", click -> dialog.close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(done);
        dialog.setWidth("36em");
        dialog.open();
    }
}
