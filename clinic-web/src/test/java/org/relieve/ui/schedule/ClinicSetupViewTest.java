package org.relieve.ui.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.stream.IntStream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.junit.jupiter.api.Test;
import org.relieve.IntegrationTest;
import org.relieve.schedule.ClinicSetupService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Managers change the clinic's setup with the rules shown next to the fields; the front desk reads it. */
@IntegrationTest
@ViewPackages(packages = "org.relieve")
class ClinicSetupViewTest extends SpringBrowserlessTest {

    @Autowired
    ClinicSetupService setup;

    @Test
    @WithMockUser(username = "manager", roles = "MANAGER")
    void aManagerAddsARoomAndABlankNameIsRefusedAtTheField() {
        navigate(ClinicSetupView.class);
        TextField newRoom = find(TextField.class).withCaption("New room").single();
        test(find(Button.class).withText("Add room").single()).click();
        assertThat(newRoom.isInvalid()).isTrue();
        assertThat(newRoom.getErrorMessage()).isEqualTo("Name the room.");

        String name = "Room " + UUID.randomUUID().toString().substring(0, 6);
        test(newRoom).setValue(name);
        test(find(Button.class).withText("Add room").single()).click();
        assertThat(setup.rooms()).anyMatch(room -> room.name().equals(name));
    }

    @Test
    @WithMockUser(username = "manager", roles = "MANAGER")
    void aWeekWhoseHoursEndBeforeTheyStartIsRefusedInThatRow() {
        navigate(ClinicSetupView.class);
        test(find(Button.class).withText("Add hours").single()).click();
        // Each row holds a start and an end picker, in that order.
        var pickers = find(TimePicker.class, find(WeeklyHoursEditor.class).single()).all();
        var starts = IntStream.range(0, pickers.size()).filter(i -> i % 2 == 0).mapToObj(pickers::get).toList();
        var ends = IntStream.range(0, pickers.size()).filter(i -> i % 2 == 1).mapToObj(pickers::get).toList();
        int last = ends.size() - 1;
        assertThat(last).isPositive();
        test(starts.get(last)).setValue(java.time.LocalTime.of(15, 0));
        test(ends.get(last)).setValue(java.time.LocalTime.of(14, 0));
        test(find(Button.class).withText("Save week").single()).click();

        assertThat(ends.get(last).isInvalid()).isTrue();
        assertThat(ends.get(last).getErrorMessage()).isEqualTo("Work must end after it starts.");
        assertThat(ends.subList(0, last)).noneMatch(TimePicker::isInvalid);
    }

    @Test
    @WithMockUser(username = "frontdesk", roles = "FRONT_DESK")
    void theFrontDeskReadsTheSetupWithoutEditControls() {
        ClinicSetupView view = navigate(ClinicSetupView.class);
        assertThat(find(Button.class, view).all()).isEmpty();
        assertThat(find(TimePicker.class).all()).isNotEmpty().allMatch(TimePicker::isReadOnly);
    }
}
