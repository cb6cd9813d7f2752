package org.relieve.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import org.junit.jupiter.api.Test;
import org.relieve.IntegrationTest;
import org.relieve.client.ClientDemographics;
import org.relieve.client.ClientService;
import org.relieve.clinical.BodyRegion;
import org.relieve.clinical.ClientProfile;
import org.relieve.clinical.PainCause;
import org.relieve.clinical.PressureLevel;
import org.relieve.clinical.RegionSide;
import org.relieve.clinical.Technique;
import org.relieve.common.RunAs;
import org.relieve.intake.IntakeService;
import org.relieve.intake.NewIntake;
import org.relieve.plan.NewPlan;
import org.relieve.plan.PlanDetails;
import org.relieve.plan.PlanService;
import org.relieve.plan.PlanStep;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The same draft plan open in two tabs: the later save is refused by name and keeps its edits. */
@IntegrationTest
@ViewPackages(packages = "org.relieve")
@WithMockUser(username = "therapist", roles = "THERAPIST")
class PlanEditConflictTest extends SpringBrowserlessTest {

    @Autowired
    ClientService clients;
    @Autowired
    IntakeService intakes;
    @Autowired
    PlanService plans;

    @Test
    void theSecondSaveNamesWhoChangedTheDraftAndKeepsTheTypedInput() {
        long clientId = RunAs.user("frontdesk", () -> clients.register(new ClientDemographics("Nyoman",
                "Plantabs" + System.nanoTime(), LocalDate.of(1975, 7, 8), null, null, ClientProfile.OFFICE_WORKER,
                null, null)), "FRONT_DESK").id();
        long intakeId = intakes.record(clientId, new NewIntake(LocalDate.now().minusDays(1), "Stiff neck", 4, 16,
                Set.of(PainCause.POSTURE_SEDENTARY), PainCause.POSTURE_SEDENTARY, List.of(RegionSide.both(BodyRegion.NECK)),
                List.of(), false, Set.of(), null, null)).id();
        PlanDetails draft = plans.create(clientId, plan(intakeId, 6));
        navigate(PlanRoutes.editDraft(draft.id()), PlanEditorView.class);

        plans.updateDraft(draft.id(), plan(intakeId, 4), draft.version()); // the other tab saves first

        test(find(IntegerField.class).withCaption("Sessions planned").single()).setValue(9);
        test(find(Button.class).withText("Save draft").single()).click();

        assertThat(find(IntegerField.class).withCaption("Sessions planned").single().getValue()).isEqualTo(9);
        assertThat(find(Notification.class).all().stream().map(n -> test(n).getText()).toList())
                .anySatisfy(text -> assertThat(text)
                        .matches("Changed by Maya Lee at \\d\\d:\\d\\d — reload to see their changes\\."));
        assertThat(plans.get(draft.id()).sessionsPlanned()).isEqualTo(4);
    }

    private static NewPlan plan(long intakeId, int sessions) {
        return new NewPlan(intakeId, List.of(new PlanStep(1, Technique.EFFLEURAGE, List.of(RegionSide.both(BodyRegion.NECK)),
                PressureLevel.LIGHT, 10, null, null, "Warm up")), sessions, 1, List.of());
    }
}
