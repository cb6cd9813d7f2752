package org.relieve.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.relieve.IntegrationTest;
import org.relieve.TwoFactorAccounts;
import org.relieve.staff.StaffMember;
import org.relieve.staff.StaffRole;
import org.relieve.staff.StaffService;
import org.relieve.staff.TwoFactorService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** The administrator's side of two-factor sign-in: the everyone-must policy and a reset for a lost phone. */
@IntegrationTest
@ViewPackages(packages = "org.relieve")
@WithMockUser(username = "admin", roles = "ADMIN")
class StaffAdminTwoFactorTest extends SpringBrowserlessTest {

    @Autowired
    StaffService staff;

    @Autowired
    TwoFactorService twoFactor;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void optionalAgain() {
        twoFactor.requireForEveryone(false);
    }

    @Test
    void anAdminRequiresTwoFactorForEveryoneAndTheSettingIsStoredAndAudited() {
        navigate(StaffAdminView.class);
        Checkbox required = find(Checkbox.class).withCaption("Require two-factor sign-in for everyone").single();
        assertThat(required.getValue()).isFalse();

        test(required).click();

        assertThat(jdbc.queryForObject("select two_factor_required from sign_in_setting", Boolean.class)).isTrue();
        assertThat(twoFactor.requiredForEveryone()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor = 'admin'"
                + " and target_type = 'SignInSetting' and detail = 'two-factor sign-in required for everyone'",
                Long.class)).isPositive();
    }

    @Test
    void anAdminResetsTwoFactorForSomeoneWhoLostTheirPhone() {
        var enrolled = new TwoFactorAccounts(staff, twoFactor).createEnrolled("lostphone", StaffRole.THERAPIST);
        navigate(StaffAdminView.class);
        @SuppressWarnings("unchecked")
        Grid<StaffMember> grid = find(Grid.class).single();
        int row = rowOf(grid, enrolled.username());
        assertThat(test(grid).getCellText(row, 4)).isEqualTo("On");

        var actions = (com.vaadin.flow.component.orderedlayout.HorizontalLayout) test(grid).getCellComponent(row, 5);
        Button reset = actions.getChildren().map(Button.class::cast)
                .filter(button -> "Reset two-factor".equals(button.getText())).findFirst().orElseThrow();
        test(reset).click();
        Dialog confirm = find(Dialog.class).single();
        test(find(Button.class, confirm).withText("Reset two-factor").single()).click();

        assertThat(twoFactor.isEnabledFor(enrolled.username())).isFalse();
        assertThat(test(grid).getCellText(rowOf(grid, enrolled.username()), 4)).isEqualTo("Off");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor = 'admin'"
                + " and detail = 'two-factor sign-in reset by an administrator' and target_id = ?", Long.class,
                String.valueOf(staff.findByUsername(enrolled.username()).orElseThrow().id()))).isEqualTo(1);
    }

    private static int rowOf(Grid<StaffMember> grid, String username) {
        var tester = new com.vaadin.flow.component.grid.GridTester<>(grid);
        for (int row = 0; row < tester.size(); row++) {
            if (tester.getRow(row).username().equals(username)) {
                return row;
            }
        }
        throw new AssertionError(username + " is not in the grid");
    }
}
