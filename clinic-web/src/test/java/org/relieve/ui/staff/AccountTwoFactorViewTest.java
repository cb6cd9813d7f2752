package org.relieve.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.relieve.IntegrationTest;
import org.relieve.TwoFactorAccounts;
import org.relieve.staff.AccessTokenDetails;
import org.relieve.staff.StaffRole;
import org.relieve.staff.StaffService;
import org.relieve.staff.TwoFactorService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Enrolment, turning off and access tokens on the account page, as a person does them. */
@IntegrationTest
@ViewPackages(packages = "org.relieve")
class AccountTwoFactorViewTest extends SpringBrowserlessTest {

    @Autowired
    StaffService staff;

    @Autowired
    TwoFactorService twoFactor;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void enrolmentShowsTheQrCodeAndKeyAndTurnsOnOnlyAfterARightCode() {
        String username = signedIn("enrolui");
        navigate(AccountView.class);

        test(find(Button.class).withText("Turn on two-factor sign-in").single()).click();
        Dialog dialog = find(Dialog.class).single();
        Image qrCode = find(Image.class, dialog).single();
        String secret = find(Span.class, dialog).withClassName("relieve-secret").single().getText().replace(" ", "");
        assertThat(qrCode.getSrc()).isNotBlank();
        assertThat(secret).matches("[A-Z2-7]{32}");

        TextField code = find(TextField.class, dialog).withCaption("Code from the app").single();
        test(code).setValue(TwoFactorAccounts.code(secret, -4));
        test(find(Button.class, dialog).withText("Confirm").single()).click();
        assertThat(code.isInvalid()).isTrue();
        assertThat(twoFactor.isEnabledFor(username)).isFalse();

        test(code).setValue(TwoFactorAccounts.code(secret, 0));
        test(find(Button.class, dialog).withText("Confirm").single()).click();

        assertThat(twoFactor.isEnabledFor(username)).isTrue();
        var recoveryCodes = find(ListItem.class, dialog).all();
        assertThat(recoveryCodes).hasSize(10);
        String shown = recoveryCodes.getFirst().getText();
        assertThat(jdbc.queryForList("select code_hash from two_factor_recovery_code c join staff_account s"
                + " on s.id = c.staff_account_id where s.username = ?", String.class, username))
                .hasSize(10).doesNotContain(shown);
    }

    @Test
    void turningItOffNeedsTheRightPasswordOrCode() {
        var accounts = new TwoFactorAccounts(staff, twoFactor);
        String username = accounts.createEnrolled("offui", StaffRole.THERAPIST).username();
        signInAs(username);
        navigate(AccountView.class);

        PasswordField proof = find(PasswordField.class).withCaption("Current code or your password").single();
        test(proof).setValue("not-my-password");
        test(find(Button.class).withText("Turn off").single()).click();
        assertThat(proof.isInvalid()).isTrue();
        assertThat(twoFactor.isEnabledFor(username)).isTrue();

        test(proof).setValue(TwoFactorAccounts.PASSWORD);
        test(find(Button.class).withText("Turn off").single()).click();
        assertThat(twoFactor.isEnabledFor(username)).isFalse();
    }

    @Test
    void whoMustEnrolCanOpenOnlyTheAccountPageUntilEnrolled() {
        String username = TwoFactorAccounts.uniqueName("mustui");
        new TwoFactorAccounts(staff, twoFactor).create(username, StaffRole.FRONT_DESK);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, AuthorityUtils.createAuthorityList("ROLE_FRONT_DESK", "TWO_FACTOR_ENROLMENT_REQUIRED")));

        UI.getCurrent().navigate("staff");
        assertThat(getCurrentView()).isInstanceOf(AccountView.class);

        test(find(Button.class).withText("Turn on two-factor sign-in").single()).click();
        Dialog dialog = find(Dialog.class).single();
        String secret = find(Span.class, dialog).withClassName("relieve-secret").single().getText().replace(" ", "");
        test(find(TextField.class, dialog).withCaption("Code from the app").single())
                .setValue(TwoFactorAccounts.code(secret, 0));
        test(find(Button.class, dialog).withText("Confirm").single()).click();

        UI.getCurrent().navigate("staff");
        assertThat(getCurrentView()).isInstanceOf(StaffDirectoryView.class);
    }

    @Test
    void aTokenIsShownOnceListedWithoutItsValueAndRevoked() {
        String username = signedIn("tokenui");
        navigate(AccountView.class);

        test(find(TextField.class).withCaption("Token name").single()).setValue("Accounting export");
        test(find(Button.class).withText("Create token").single()).click();

        Dialog shownOnce = find(Dialog.class).single();
        String token = find(TextField.class, shownOnce).withCaption("Token").single().getValue();
        assertThat(token).startsWith("rlv_");
        test(find(Button.class, shownOnce).withText("Done").single()).click();
        @SuppressWarnings("unchecked")
        Grid<AccessTokenDetails> grid = find(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("Accounting export");
        assertThat(jdbc.queryForObject("select count(*) from personal_access_token where token_hash = ?", Long.class,
                token)).as("never stored as it is").isZero();

        test((Button) test(grid).getCellComponent(0, 5)).click();
        assertThat(test(grid).getCellText(0, 4)).isEqualTo("Revoked");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor = ? and target_type ="
                + " 'PersonalAccessToken' and action in ('CREATE', 'UPDATE')", Long.class, username)).isEqualTo(2);
    }

    @Test
    void aTokenExpiringInThePastIsRefusedNextToTheDate() {
        signedIn("pastui");
        navigate(AccountView.class);

        test(find(TextField.class).withCaption("Token name").single()).setValue("Too late");
        DatePicker expiresOn = find(DatePicker.class).withCaption("Expires on").single();
        test(expiresOn).setValue(java.time.LocalDate.of(2020, 1, 1));
        test(find(Button.class).withText("Create token").single()).click();

        assertThat(expiresOn.isInvalid()).isTrue();
        assertThat(expiresOn.getErrorMessage()).contains("after today");
        assertThat(find(Dialog.class).all()).isEmpty();
    }

    private String signedIn(String prefix) {
        String username = TwoFactorAccounts.uniqueName(prefix);
        new TwoFactorAccounts(staff, twoFactor).create(username, StaffRole.THERAPIST);
        signInAs(username);
        return username;
    }

    private void signInAs(String username) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, AuthorityUtils.createAuthorityList("ROLE_THERAPIST")));
    }
}
