package org.relieve.ui.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relieve.IntegrationTest;
import org.relieve.client.ClientDemographics;
import org.relieve.client.ClientService;
import org.relieve.clinical.BodyRegion;
import org.relieve.clinical.ClientProfile;
import org.relieve.clinical.PainCause;
import org.relieve.clinical.RegionSide;
import org.relieve.clinical.Side;
import org.relieve.clinical.Technique;
import org.relieve.common.RunAs;
import org.relieve.intake.IntakeDetails;
import org.relieve.intake.IntakeService;
import org.relieve.plan.PlanDetails;
import org.relieve.plan.PlanService;
import org.relieve.plan.PlanStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A therapist's journey through the screens: intake → proposal → draft → active plan; and the red
 * flag that keeps a plan from starting until a professional clears the client.
 */
@IntegrationTest
@ViewPackages(packages = "org.relieve")
@WithMockUser(username = "therapist", roles = "THERAPIST")
class IntakeToPlanJourneyTest extends SpringBrowserlessTest {

    @Autowired
    ClientService clients;
    @Autowired
    IntakeService intakes;
    @Autowired
    PlanService plans;

    private long clientId;

    @BeforeEach
    void registerUnassignedClient() {
        String lastName = "Journey" + Long.toString(System.nanoTime(), 36);
        clientId = RunAs.user("frontdesk", () -> clients.register(new ClientDemographics("Budi", lastName,
                LocalDate.of(1982, 9, 1), null, null, ClientProfile.OFFICE_WORKER, null, LocalDate.now())), "FRONT_DESK")
                .id();
    }

    @Test
    void intakeWithAKnotBecomesAnActivePlan() {
        openClient();
        recordIntake(false);

        IntakeDetails intake = intakes.forClient(clientId).getFirst();
        assertThat(intake.triggerPoints()).containsExactly(new RegionSide(BodyRegion.SCAPULAR, Side.LEFT));
        assertThat(intake.painRegions()).containsExactly(RegionSide.both(BodyRegion.THORACIC_PARASPINAL));
        assertThat(intake.primaryCause()).isEqualTo(PainCause.POSTURE_SEDENTARY);
        assertThat(clients.get(clientId).primaryTherapistName()).isEqualTo("Maya Lee");

        buildAndSaveDraft(banners -> assertThat(banners).as("no referral needed").isEmpty());
        assertThat(statusBadges()).containsExactly("Draft");

        test(find(Button.class).withText("Activate").single()).click();

        assertThat(statusBadges()).containsExactly("Active");
        assertThat(find(Button.class).withText("Complete").exists()).isTrue();
        List<PlanDetails> saved = plans.forClient(clientId);
        assertThat(saved).singleElement().extracting(PlanDetails::status).isEqualTo(PlanStatus.ACTIVE);
        assertThat(saved.getFirst().steps()).anySatisfy(step -> {
            assertThat(step.technique()).isEqualTo(Technique.TRIGGER_POINT);
            assertThat(step.regions()).containsExactly(new RegionSide(BodyRegion.SCAPULAR, Side.LEFT));
        });
    }

    @Test
    void aRedFlagKeepsThePlanFromStartingUntilClearance() {
        openClient();
        recordIntake(true);

        buildAndSaveDraft(banners -> assertThat(banners).singleElement().satisfies(banner ->
                assertThat(banner.getText()).contains("Referral required").contains("Night pain")));
        test(find(Button.class).withText("Activate").single()).click();

        assertThat(notificationTexts()).anySatisfy(text -> assertThat(text)
                .contains("cannot be activated").contains("Night pain"));
        assertThat(statusBadges()).containsExactly("Draft");
        assertThat(plans.forClient(clientId).getFirst().status()).isEqualTo(PlanStatus.DRAFT);

        test(find(TabSheet.class).single()).select("Intake");
        assertThat(find(Span.class).withText("Night pain").withClassName("relieve-flag-unresolved").exists()).isTrue();
        test(find(Button.class).withText("Referral / clearance").single()).click();
        ReferralDialog referral = find(ReferralDialog.class).single();
        test(find(TextField.class, referral).withCaption("Referred to").single()).setValue("Dr Tan, GP");
        test(find(Checkbox.class, referral).withCaption("Cleared for treatment by this professional").single()).click();
        test(find(Button.class, referral).withText("Save").single()).click();

        test(find(TabSheet.class).single()).select("Plan");
        test(find(Button.class).withText("Activate").single()).click();
        assertThat(plans.forClient(clientId).getFirst().status()).isEqualTo(PlanStatus.ACTIVE);
    }

    private void openClient() {
        navigate(ClientDetailsView.class, Map.of(ClientDetailsView.CLIENT_ID, String.valueOf(clientId)));
        test(find(TabSheet.class).single()).select("Intake");
        test(find(Button.class).withText("New intake").single()).click();
    }

    @SuppressWarnings("unchecked")
    private void recordIntake(boolean nightPain) {
        IntakeForm form = find(IntakeForm.class).single();
        test(find(TextArea.class, form).withCaption("Chief complaint").single())
                .setValue("Aching between the shoulder blades after long days at the desk");
        test(find(IntegerField.class, form).withCaption("Pain score (0–10)").single()).setValue(6);
        test(find(IntegerField.class, form).withCaption("Symptoms for (weeks)").single()).setValue(20);
        assertThat(find(Span.class, form).withText("Acuity: Chronic (> 12 weeks)").exists()).isTrue();

        CheckboxGroup<PainCause> causes = find(CheckboxGroup.class, form).withCaption("Causes").single();
        test(causes).selectItem("Poor posture / sedentary work");
        RadioButtonGroup<PainCause> primary = find(RadioButtonGroup.class, form).withCaption("Primary cause").single();
        assertThat(primary.getValue()).as("the only cause is the primary one").isEqualTo(PainCause.POSTURE_SEDENTARY);

        RegionPicker pain = find(RegionPicker.class, form).withCaption("Where the pain is felt").single();
        test(find(Button.class, pain).withAriaLabel("Thoracic paraspinal: both").single()).click();
        RegionPicker knots = find(RegionPicker.class, form).withCaption("Trigger points (knots) found").single();
        assertThat(find(Button.class, knots).withAriaLabel("Spine: yes").exists()).as("no knots on the spine").isFalse();
        test(find(Button.class, knots).withAriaLabel("Scapular: left").single()).click();
        if (nightPain) {
            CheckboxGroup<Object> flags = find(CheckboxGroup.class, form).withCaption("Red flags").single();
            test(flags).selectItem("Night pain");
        }
        test(find(Button.class, form).withText("Save intake").single()).click();
        assertThat(form.isOpened()).as("saved and closed").isFalse();
    }

    private void buildAndSaveDraft(Consumer<List<Div>> referralBanner) {
        test(find(TabSheet.class).single()).select("Plan");
        test(find(Button.class).withText("Build plan from latest intake").single()).click();
        // Views carrying @RolesAllowed are proxied by method security: compare by name, not class.
        assertThat(getCurrentView().getClass().getName()).startsWith("org.relieve.ui.plan.PlanEditorView");
        referralBanner.accept(find(Div.class).withClassName("relieve-banner-error").all());
        @SuppressWarnings("rawtypes")
        List<Select> techniques = find(Select.class).withCaption("Technique").all();
        assertThat(techniques).extracting(Select::getValue).contains(Technique.TRIGGER_POINT);

        test(find(Button.class).withText("Save draft").single()).click();
        assertThat(getCurrentView()).isInstanceOf(ClientDetailsView.class);
    }

    private List<String> statusBadges() {
        return find(Span.class).withClassName("relieve-plan-status").all().stream().map(Span::getText).toList();
    }

    private List<String> notificationTexts() {
        return find(Notification.class).all().stream().map(notification -> test(notification).getText()).toList();
    }
}
