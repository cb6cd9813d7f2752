package org.relieve.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.relieve.IntegrationTest;
import org.relieve.TwoFactorAccounts;
import org.relieve.staff.StaffRole;
import org.relieve.staff.StaffService;
import org.relieve.staff.TwoFactorService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** The second sign-in step as a person meets it: the code view, wrong codes, replays, recovery codes. */
@IntegrationTest
@ViewPackages(packages = "org.relieve")
class LoginCodeViewTest extends SpringBrowserlessTest {

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
    void aSessionOwingItsCodeIsHeldOnTheCodeStepWhereverItNavigates() {
        var enrolled = new TwoFactorAccounts(staff, twoFactor).createEnrolled("held", StaffRole.THERAPIST);
        passwordAccepted(enrolled.username());

        for (String route : List.of("", "account", "clients", "staff")) {
            UI.getCurrent().navigate(route);
            assertThat(getCurrentView()).as(route).isInstanceOf(LoginCodeView.class);
        }
    }

    @Test
    void theRightCodeCompletesTheSignInWithTheAccountsRoles() {
        var enrolled = new TwoFactorAccounts(staff, twoFactor).createEnrolled("rightcode", StaffRole.THERAPIST);
        passwordAccepted(enrolled.username());
        navigate(LoginCodeView.class);

        enter(enrolled.currentCode());

        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        assertThat(signedIn).isNotInstanceOf(PendingSecondFactor.class);
        assertThat(signedIn.isAuthenticated()).isTrue();
        assertThat(AuthorityUtils.authorityListToSet(signedIn.getAuthorities())).contains("ROLE_THERAPIST");
        assertThat(audited(enrolled.username(), "LOGIN_SUCCEEDED", "two-factor code accepted")).isEqualTo(1);
    }

    @Test
    void aWrongCodeIsRefusedNextToTheFieldAndAudited() {
        var enrolled = new TwoFactorAccounts(staff, twoFactor).createEnrolled("wrongcode", StaffRole.THERAPIST);
        passwordAccepted(enrolled.username());
        navigate(LoginCodeView.class);

        TextField code = enter(TwoFactorAccounts.code(enrolled.secret(), -5));

        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).contains("not right");
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isInstanceOf(PendingSecondFactor.class);
        assertThat(audited(enrolled.username(), "LOGIN_FAILED", "wrong two-factor code, 1 in a row")).isEqualTo(1);
    }

    @Test
    void aCodeAlreadyUsedIsRefusedEvenWithinItsThirtySeconds() {
        var enrolled = new TwoFactorAccounts(staff, twoFactor).createEnrolled("replay", StaffRole.THERAPIST);
        String code = enrolled.currentCode();
        passwordAccepted(enrolled.username());
        navigate(LoginCodeView.class);
        enter(code);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNotInstanceOf(PendingSecondFactor.class);

        passwordAccepted(enrolled.username());
        navigate(LoginCodeView.class);
        TextField field = enter(code);

        assertThat(field.isInvalid()).isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isInstanceOf(PendingSecondFactor.class);
        assertThat(audited(enrolled.username(), "LOGIN_FAILED", "two-factor code used before (replay refused), 1 in a row"))
                .isEqualTo(1);
    }

    @Test
    void fiveWrongCodesLockTheCodeStepEvenForTheRightCode() {
        var enrolled = new TwoFactorAccounts(staff, twoFactor).createEnrolled("throttled", StaffRole.THERAPIST);
        passwordAccepted(enrolled.username());
        navigate(LoginCodeView.class);
        for (int i = 0; i < 5; i++) {
            enter("000000".equals(enrolled.currentCode()) ? "111111" : "000000");
        }

        TextField code = enter(enrolled.currentCode());

        assertThat(code.getErrorMessage()).contains("Too many wrong codes");
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isInstanceOf(PendingSecondFactor.class);
        assertThat(audited(enrolled.username(), "LOGIN_FAILED", "two-factor code not checked: too many wrong codes"))
                .isEqualTo(1);
    }

    @Test
    void aRecoveryCodeSignsInOnceOnly() {
        var enrolled = new TwoFactorAccounts(staff, twoFactor).createEnrolled("recovery", StaffRole.THERAPIST);
        String recoveryCode = enrolled.recoveryCodes().getFirst().toUpperCase();
        passwordAccepted(enrolled.username());
        navigate(LoginCodeView.class);

        enter(recoveryCode);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNotInstanceOf(PendingSecondFactor.class);

        passwordAccepted(enrolled.username());
        navigate(LoginCodeView.class);
        assertThat(enter(recoveryCode).isInvalid()).isTrue();
        assertThat(audited(enrolled.username(), "LOGIN_SUCCEEDED", "recovery code used, 9 left")).isEqualTo(1);
    }

    private void passwordAccepted(String username) {
        SecurityContextHolder.getContext().setAuthentication(new PendingSecondFactor(
                UsernamePasswordAuthenticationToken.authenticated(username, null,
                        AuthorityUtils.createAuthorityList("ROLE_THERAPIST"))));
    }

    private TextField enter(String code) {
        TextField field = find(TextField.class).withCaption("Code").single();
        test(field).setValue(code);
        test(find(Button.class).withText("Verify").single()).click();
        return field;
    }

    private long audited(String actor, String action, String detail) {
        return jdbc.queryForObject("select count(*) from audit_event where actor = ? and action = ? and detail = ?",
                Long.class, actor, action, detail);
    }
}
