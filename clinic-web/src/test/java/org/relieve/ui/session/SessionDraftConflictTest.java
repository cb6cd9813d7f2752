package org.relieve.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;
import org.relieve.IntegrationTest;
import org.relieve.common.ClinicProperties;
import org.relieve.therapy.NewSessionRecord;
import org.relieve.therapy.SessionRecordDetails;
import org.relieve.therapy.SessionRecordService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The same session draft open in two tabs: the later save is refused by name and keeps the typed notes. */
@IntegrationTest
@ViewPackages(packages = "org.relieve")
@WithMockUser(username = "therapist", roles = "THERAPIST")
class SessionDraftConflictTest extends SpringBrowserlessTest {

    @Autowired
    SessionFixtures fixtures;
    @Autowired
    SessionRecordService sessions;
    @Autowired
    ClinicProperties clinic;

    @Test
    void theSecondSaveNamesWhoChangedTheDraftAndKeepsTheTypedNotes() {
        SessionFixtures.Treated treated = fixtures.clientTreatedByTherapistJustNow(clinic.zone());
        navigate(SessionRecordView.class, Map.of(SessionRoutes.APPOINTMENT_ID, String.valueOf(treated.appointmentId())));
        click("Start from the plan");
        SessionRecordForm form = find(SessionRecordForm.class).single();
        test(form.painBefore).setValue(6);
        test(form.painAfter).setValue(3);
        click("Save draft");
        SessionRecordDetails draft = sessions.forAppointment(treated.appointmentId()).orElseThrow();

        sessions.updateDraft(draft.id(), new NewSessionRecord(draft.painBefore(), 2, draft.applications(),
                "Saved from the other tab", null, null, null, null, null, draft.redFlags()), draft.version());

        test(form.pressureNotes).setValue("Typed here: moderate pressure, eased near the scapula");
        click("Save draft");

        assertThat(form.pressureNotes.getValue()).isEqualTo("Typed here: moderate pressure, eased near the scapula");
        assertThat(find(Notification.class).all().stream().map(n -> test(n).getText()).toList())
                .anySatisfy(text -> assertThat(text)
                        .matches("Changed by Maya Lee at \\d\\d:\\d\\d — reload to see their changes\\."));
        SessionRecordDetails stored = sessions.forAppointment(treated.appointmentId()).orElseThrow();
        assertThat(stored.pressureNotes()).isEqualTo("Saved from the other tab");
        assertThat(stored.painAfter()).isEqualTo(2);
    }

    private void click(String text) {
        test(find(Button.class).withText(text).single()).click();
    }
}
