package org.relieve.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relieve.IntegrationTest;
import org.relieve.common.RunAs;
import org.relieve.staff.NewStaffAccount;
import org.relieve.staff.StaffMember;
import org.relieve.staff.StaffRole;
import org.relieve.staff.StaffService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** After an administrator's reset, "My account" is the only page open until the owner picks a password. */
@IntegrationTest
@ViewPackages(packages = "org.relieve")
@WithMockUser(username = PasswordChangeGateTest.USERNAME, roles = "MANAGER")
class PasswordChangeGateTest extends SpringBrowserlessTest {

    static final String USERNAME = "gate-test-manager";
    private static final String TEMPORARY = "an-admins-temporary-phrase";

    @Autowired
    StaffService staff;

    @BeforeEach
    void anAdministratorHasJustResetThePassword() {
        StaffMember person = RunAs.user("admin", () -> staff.findByUsername(USERNAME).orElseGet(() ->
                staff.create(new NewStaffAccount(USERNAME, "Gate Test", "the-first-long-phrase",
                        Set.of(StaffRole.MANAGER)))), "ADMIN");
        RunAs.user("admin", () -> staff.resetPassword(person.id(), TEMPORARY), "ADMIN");
    }

    @Test
    void everyOtherPageLeadsToMyAccount() {
        navigate("", AccountView.class);
        navigate("staff", AccountView.class);
        navigate("schedule", AccountView.class);
    }

    @Test
    void aCommonPasswordIsRefusedNextToTheNewPasswordField() {
        navigate(AccountView.class);
        PasswordField next = fill(TEMPORARY, "password1234");

        assertThat(next.isInvalid()).isTrue();
        assertThat(next.getErrorMessage()).contains("common passwords");
        navigate("staff", AccountView.class);
    }

    @Test
    void choosingANewPasswordOpensTheRestOfTheApplication() {
        navigate(AccountView.class);
        PasswordField next = fill(TEMPORARY, "kettle-orbit-saffron-lamp");

        assertThat(next.isInvalid()).isFalse();
        navigate("staff", StaffDirectoryView.class);
    }

    private PasswordField fill(String current, String chosen) {
        test(find(PasswordField.class).withCaption("Current password").single()).setValue(current);
        PasswordField next = find(PasswordField.class).withCaption("New password").single();
        test(next).setValue(chosen);
        test(find(PasswordField.class).withCaption("New password again").single()).setValue(chosen);
        test(find(Button.class).withText("Change password").single()).click();
        return next;
    }
}
