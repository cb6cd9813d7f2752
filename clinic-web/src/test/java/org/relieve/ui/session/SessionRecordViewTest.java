package org.relieve.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H4;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relieve.IntegrationTest;
import org.relieve.clinical.BodyRegion;
import org.relieve.clinical.RegionSide;
import org.relieve.clinical.Side;
import org.relieve.common.ClinicProperties;
import org.relieve.schedule.AppointmentService;
import org.relieve.schedule.AppointmentStatus;
import org.relieve.therapy.SessionRecordDetails;
import org.relieve.therapy.SessionRecordService;
import org.relieve.therapy.SessionStatus;
import org.relieve.ui.BodyMap;
import org.relieve.ui.BodyMapClicks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A therapist records a session from the plan, signs it (the appointment completes), and corrects
 * it with an amendment; entries the safety rules refuse are marked where they were made and nothing
 * is saved.
 */
@IntegrationTest
@ViewPackages(packages = "org.relieve")
@WithMockUser(username = "therapist", roles = "THERAPIST")
class SessionRecordViewTest extends SpringBrowserlessTest {

    @Autowired
    SessionFixtures fixtures;
    @Autowired
    SessionRecordService sessions;
    @Autowired
    AppointmentService appointments;
    @Autowired
    ClinicProperties clinic;

    private SessionFixtures.Treated treated;

    @BeforeEach
    void treatAClient() {
        treated = fixtures.clientTreatedByTherapistJustNow(clinic.zone());
    }

    private void openRecord() {
        navigate(SessionRecordView.class, Map.of(SessionRoutes.APPOINTMENT_ID, String.valueOf(treated.appointmentId())));
    }

    @Test
    void aSessionStartedFromThePlanIsSavedSignedAndAmended() {
        openRecord();
        click("Start from the plan");
        SessionRecordForm form = find(SessionRecordForm.class).single();
        assertThat(form.rows()).as("one technique row per planned step and region").isNotEmpty();
        assertThat(form.bodyMap.getValue()).isNotEmpty();
        test(form.painBefore).setValue(6);
        test(form.painAfter).setValue(3);
        test(form.pressureNotes).setValue("Firm on the left paraspinals, eased off near the scapula");

        click("Save draft");
        SessionRecordDetails draft = sessions.forAppointment(treated.appointmentId()).orElseThrow();
        assertThat(draft.status()).isEqualTo(SessionStatus.DRAFT);
        assertThat(draft.painBefore()).isEqualTo(6);
        assertThat(draft.applications()).hasSize(form.rows().size());

        click("Sign");
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        assertThat(test(confirm).getText()).contains("Signed records cannot be changed; corrections become amendments");
        test(confirm).confirm();

        SessionRecordDetails signed = sessions.forAppointment(treated.appointmentId()).orElseThrow();
        assertThat(signed.status()).isEqualTo(SessionStatus.SIGNED);
        assertThat(signed.pressureNotes()).contains("eased off near the scapula");
        assertThat(appointments.get(treated.appointmentId()).status()).isEqualTo(AppointmentStatus.COMPLETED);
        assertThat(find(SessionRecordForm.class).exists()).as("a signed record is read-only").isFalse();

        click("Add amendment");
        AmendmentDialog dialog = find(AmendmentDialog.class).single();
        test(dialog.reason).setValue("Client phoned: the after-score was 2, not 3");
        test(dialog.painAfter).setValue(2);
        click("Save amendment");

        SessionRecordDetails amended = sessions.forAppointment(treated.appointmentId()).orElseThrow();
        assertThat(amended.painAfter()).as("the signed value stays").isEqualTo(3);
        assertThat(amended.currentPainAfter()).isEqualTo(2);
        assertThat(amended.amendments()).singleElement().satisfies(a -> assertThat(a.reason()).contains("phoned"));
        assertThat(find(H4.class).withTextContaining("Amendment 1").exists()).isTrue();
    }

    @Test
    void aHoldOfZeroSecondsIsMarkedOnTheFieldAndNothingIsSaved() {
        openRecord();
        click("Start empty");
        SessionRecordForm form = find(SessionRecordForm.class).single();
        test(form.painBefore).setValue(5);
        test(form.painAfter).setValue(4);
        BodyMapClicks.click(form.bodyMap, "SCAPULAR-LEFT");
        ApplicationRow row = form.rows().getFirst();
        assertThat(row.where()).isEqualTo(new RegionSide(BodyRegion.SCAPULAR, Side.LEFT));
        test(row.technique).selectItem("Trigger point therapy");
        assertThat(row.hold.isEnabled()).isTrue();
        assertThat(row.hold.getHelperText()).contains("20–60 s");
        // The field's min makes the browser flag 0 too, but it still sends it; the service's rule decides.
        row.hold.setValue(0);

        click("Save draft");

        assertThat(row.hold.isInvalid()).isTrue();
        assertThat(row.hold.getErrorMessage()).isEqualTo("A hold lasts at least 1 second.");
        assertThat(sessions.forAppointment(treated.appointmentId())).isEmpty();
    }

    @Test
    void theSpineIsRefusedOnTheMapAndARuleFindingIsShownOnItsRow() {
        openRecord();
        click("Start empty");
        SessionRecordForm form = find(SessionRecordForm.class).single();
        BodyMapClicks.click(form.bodyMap, "SPINE-BOTH");
        assertThat(form.rows()).isEmpty();
        assertThat(form.bodyMap.isInvalid()).isTrue();
        assertThat(form.bodyMap.getErrorMessage()).isEqualTo(BodyMap.SPINE_REFUSAL);

        // The service's refusal of a spine entry names applications[i].region: it lands on that row.
        BodyMapClicks.click(form.bodyMap, "GLUTEAL-RIGHT");
        assertThat(form.show("applications[0].region", "Never on the spine")).isTrue();
        assertThat(form.rows().getFirst().region.isInvalid()).isTrue();
        assertThat(sessions.forAppointment(treated.appointmentId())).isEmpty();
    }

    @Test
    @WithMockUser(username = "therapist2", roles = "THERAPIST")
    void anotherTherapistCannotRecordThisSession() {
        navigate(SessionRoutes.forAppointment(treated.appointmentId()), Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(SessionRecordView.class);
        assertThat(find(SessionRecordForm.class).exists()).isFalse();
        assertThat(find(Button.class).withText("Start from the plan").exists()).isFalse();
    }

    private void click(String text) {
        test(find(Button.class).withText(text).single()).click();
    }

}
