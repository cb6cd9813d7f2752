package org.relieve.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.IntegerField;
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
import org.relieve.intake.IntakeService;
import org.relieve.intake.NewIntake;
import org.relieve.plan.PlanDetails;
import org.relieve.plan.PlanService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The plan editor: the proposal as editable steps, errors next to the step they name, and the printable sheet. */
@IntegrationTest
@ViewPackages(packages = "org.relieve")
@WithMockUser(username = "therapist", roles = "THERAPIST")
class PlanEditorViewTest extends SpringBrowserlessTest {

    @Autowired
    ClientService clients;
    @Autowired
    IntakeService intakes;
    @Autowired
    PlanService plans;

    private long clientId;
    private long intakeId;

    @BeforeEach
    void clientWithChronicPostureIntake() {
        String lastName = "Editor" + Long.toString(System.nanoTime(), 36);
        clientId = RunAs.user("frontdesk", () -> clients.register(new ClientDemographics("Rina", lastName,
                LocalDate.of(1990, 5, 6), null, null, ClientProfile.OFFICE_WORKER, null, LocalDate.now())), "FRONT_DESK")
                .id();
        intakeId = intakes.record(clientId, new NewIntake(LocalDate.now().minusDays(1), "Stiff neck and upper back", 5,
                16, Set.of(PainCause.POSTURE_SEDENTARY), PainCause.POSTURE_SEDENTARY,
                List.of(RegionSide.both(BodyRegion.UPPER_TRAPEZIUS)), List.of(new RegionSide(BodyRegion.SCAPULAR, Side.RIGHT)),
                true, Set.of(), "Knot medial to right scapula", "Work a full day without neck pain")).id();
    }

    @Test
    void aStepWithoutRegionsIsMarkedOnThatStepAndNothingIsSaved() {
        navigate("plans/new/" + intakeId, PlanEditorView.class);
        PlanForm form = find(PlanForm.class).single();
        StepEditor second = form.steps().get(1);
        second.regions.clear();

        test(find(Button.class).withText("Save draft").single()).click();

        assertThat(second.regions.isInvalid()).isTrue();
        assertThat(second.regions.getErrorMessage()).isEqualTo("Choose at least one region.");
        assertThat(form.steps().getFirst().regions.isInvalid()).isFalse();
        assertThat(getCurrentView()).isInstanceOf(PlanEditorView.class);
        assertThat(plans.forClient(clientId)).isEmpty();
    }

    @Test
    void stepsAreReorderedAndRemovedAndTheCourseIsSaved() {
        navigate("plans/new/" + intakeId, PlanEditorView.class);
        PlanForm form = find(PlanForm.class).single();
        int proposed = form.steps().size();
        StepEditor last = form.steps().getLast();
        StepEditor first = form.steps().getFirst();

        test(find(Button.class, last).withAriaLabel("Move step up").single()).click();
        test(find(Button.class, first).withAriaLabel("Remove step").single()).click();
        test(find(IntegerField.class).withCaption("Sessions planned").single()).setValue(8);
        test(find(IntegerField.class).withCaption("Sessions per week").single()).setValue(2);
        test(find(Button.class).withText("Save draft").single()).click();

        PlanDetails saved = plans.forClient(clientId).getFirst();
        assertThat(saved.steps()).hasSize(proposed - 1);
        assertThat(saved.steps().get(proposed - 3).technique()).as("the closing step moved up one place")
                .isEqualTo(Technique.EFFLEURAGE);
        assertThat(saved.sessionsPlanned()).isEqualTo(8);
        assertThat(saved.sessionsPerWeek()).isEqualTo(2);
    }

    @Test
    void holdTimesAreOnlyForTechniquesThatHold() {
        navigate("plans/new/" + intakeId, PlanEditorView.class);
        PlanForm form = find(PlanForm.class).single();
        StepEditor triggerPoint = form.steps().stream()
                .filter(step -> step.technique.getValue() == Technique.TRIGGER_POINT).findFirst().orElseThrow();
        StepEditor effleurage = form.steps().getFirst();

        assertThat(triggerPoint.holdMin.isEnabled()).isTrue();
        assertThat(triggerPoint.holdMin.getHelperText()).isEqualTo("Recommended 20–60 s");
        assertThat(triggerPoint.holdMin.getValue()).isEqualTo(20);
        assertThat(effleurage.holdMin.isEnabled()).isFalse();

        test(triggerPoint.technique).selectItem("Petrissage");
        assertThat(triggerPoint.holdMin.isEnabled()).isFalse();
        assertThat(triggerPoint.holdMin.getValue()).isNull();
    }

    @Test
    void theSpineIsNeverOfferedAsATarget() {
        navigate("plans/new/" + intakeId, PlanEditorView.class);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<RegionSide> regions = find(MultiSelectComboBox.class).first();
        assertThat(test(regions).getSuggestionItems()).isNotEmpty()
                .noneMatch(region -> region.region() == BodyRegion.SPINE);
    }

    @Test
    void theHomeCareSheetListsTheAdviceAndWarnsAboutTheSpine() {
        navigate("plans/new/" + intakeId, PlanEditorView.class);
        test(find(Button.class).withText("Save draft").single()).click();
        long planId = plans.forClient(clientId).getFirst().id();

        navigate(PlanRoutes.homeCareSheet(planId), HomeCareSheetView.class);

        assertThat(find(ListItem.class).all()).isNotEmpty()
                .anySatisfy(item -> assertThat(item.getText()).contains("Tennis ball").contains("20–60 s"));
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).withText(HomeCareSheetView.SPINE_WARNING)
                .withClassName("relieve-sheet-warning").exists()).isTrue();
        assertThat(find(Div.class).withClassName("relieve-no-print").single().getChildren()
                .anyMatch(child -> child instanceof Button button && "Print".equals(button.getText()))).isTrue();
    }
}
