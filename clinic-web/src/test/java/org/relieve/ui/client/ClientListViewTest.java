package org.relieve.ui.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.relieve.IntegrationTest;
import org.relieve.client.ClientFilter;
import org.relieve.client.ClientService;
import org.relieve.client.ClientSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

/** The front desk registers clients from the list and finds them again by searching. */
@IntegrationTest
@ViewPackages(packages = "org.relieve")
@WithMockUser(username = "frontdesk", roles = "FRONT_DESK")
class ClientListViewTest extends SpringBrowserlessTest {

    @Autowired
    ClientService clients;

    @Test
    void frontDeskRegistersAClientThroughTheDialogAndFindsThemBySearch() {
        String lastName = "Listed" + Long.toString(System.nanoTime(), 36);
        navigate(ClientListView.class);

        test(find(Button.class).withText("New client").single()).click();
        Dialog dialog = find(Dialog.class).single();
        fillRequired(dialog, "Ayu", lastName);
        test(find(TextField.class, dialog).withCaption("Phone").single()).setValue("+62 812 555 0199");
        test(find(Button.class, dialog).withText("Save").single()).click();

        assertThat(dialog.isOpened()).isFalse();
        test(find(TextField.class).withPlaceholder("Search by name, phone or email").single()).setValue(lastName);
        @SuppressWarnings("unchecked")
        Grid<ClientSummary> grid = find(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("Ayu " + lastName);
        assertThat(test(grid).getRow(0).profile().label()).isEqualTo("Office worker");

        test(find(TextField.class).withPlaceholder("Search by name, phone or email").single())
                .setValue(lastName + "-nobody");
        assertThat(test(grid).size()).isZero();
    }

    @Test
    void aMissingFirstNameIsShownNextToTheFieldAndNothingIsSaved() {
        String lastName = "Unsaved" + Long.toString(System.nanoTime(), 36);
        navigate(ClientListView.class);

        test(find(Button.class).withText("New client").single()).click();
        Dialog dialog = find(Dialog.class).single();
        fillRequired(dialog, "", lastName);
        test(find(Button.class, dialog).withText("Save").single()).click();

        TextField firstName = find(TextField.class, dialog).withCaption("First name").single();
        assertThat(firstName.isInvalid()).isTrue();
        assertThat(firstName.getErrorMessage()).isEqualTo("Enter the first name.");
        assertThat(find(TextField.class, dialog).withCaption("Last name").single().isInvalid()).isFalse();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(clients.search(ClientFilter.text(lastName), PageRequest.of(0, 10)).getTotalElements()).isZero();
    }

    @Test
    void frontDeskGetsTheNewClientButtonButNoClinicalFilters() {
        navigate(ClientListView.class);
        assertThat(find(Button.class).withText("New client").exists()).isTrue();
        assertThat(find(Checkbox.class).withCaption("My clients only").exists())
                .as("a therapist-only filter").isFalse();
    }

    private void fillRequired(Dialog dialog, String firstName, String lastName) {
        test(find(TextField.class, dialog).withCaption("First name").single()).setValue(firstName);
        test(find(TextField.class, dialog).withCaption("Last name").single()).setValue(lastName);
        test(find(DatePicker.class, dialog).withCaption("Date of birth").single()).setValue(LocalDate.of(1988, 6, 15));
        @SuppressWarnings("unchecked")
        Select<Object> profile = find(Select.class, dialog).withCaption("Profile").single();
        test(profile).selectItem("Office worker");
    }
}
