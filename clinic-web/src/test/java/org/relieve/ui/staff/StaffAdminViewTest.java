package org.relieve.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.relieve.IntegrationTest;
import org.relieve.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
@ViewPackages(packages = "org.relieve")
@WithMockUser(username = "admin", roles = "ADMIN")
class StaffAdminViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdminCreatesATherapistAccountFromTheDialog() {
        navigate(StaffAdminView.class);
        test(find(Button.class).withText("New account").single()).click();

        Dialog dialog = find(Dialog.class).single();
        test(find(TextField.class, dialog).withCaption("Username").single()).setValue("sari");
        test(find(TextField.class, dialog).withCaption("Name").single()).setValue("Sari Putri");
        test(find(PasswordField.class, dialog).single()).setValue("a-proper-long-password");
        @SuppressWarnings("unchecked")
        CheckboxGroup<StaffRole> roles = find(CheckboxGroup.class, dialog).single();
        roles.setValue(java.util.Set.of(StaffRole.THERAPIST));
        test(find(Button.class, dialog).withText("Save").single()).click();

        assertThat(jdbc.queryForObject("select count(*) from staff_account where username = 'sari'", Long.class))
                .isEqualTo(1);
        @SuppressWarnings("unchecked")
        Grid<org.relieve.staff.StaffMember> grid = find(Grid.class).single();
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void aTooShortPasswordIsShownNextToTheFieldAndNothingIsSaved() {
        navigate(StaffAdminView.class);
        test(find(Button.class).withText("New account").single()).click();

        Dialog dialog = find(Dialog.class).single();
        test(find(TextField.class, dialog).withCaption("Username").single()).setValue("shorty");
        test(find(TextField.class, dialog).withCaption("Name").single()).setValue("Short Password");
        PasswordField password = find(PasswordField.class, dialog).single();
        test(password).setValue("short");
        test(find(Button.class, dialog).withText("Save").single()).click();

        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("at least 12 characters");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from staff_account where username = 'shorty'", Long.class))
                .isZero();
    }
}
