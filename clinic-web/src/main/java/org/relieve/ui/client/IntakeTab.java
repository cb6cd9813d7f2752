package org.relieve.ui.client;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.relieve.client.ClientDetails;
import org.relieve.common.ClinicProperties;
import org.relieve.intake.IntakeDetails;
import org.relieve.intake.IntakeService;

/** A therapist's view of the client's intake assessments, newest first, and where re-assessments start. */
class IntakeTab extends VerticalLayout {

    private final ClientDetails client;
    private final boolean inCare;
    private final IntakeService intakes;
    private final ClinicProperties clinic;
    private final Runnable onIntakeRecorded;

    /**
     * @param inCare whether the client is in the therapist's care; if not, the client has no primary
     *               therapist yet and the therapist may only start the first intake
     */
    IntakeTab(ClientDetails client, boolean inCare, IntakeService intakes, ClinicProperties clinic,
              Runnable onIntakeRecorded) {
        this.client = client;
        this.inCare = inCare;
        this.intakes = intakes;
        this.clinic = clinic;
        this.onIntakeRecorded = onIntakeRecorded;
        setPadding(false);
        refresh();
    }

    private void refresh() {
        removeAll();
        // A client nobody has taken on is not yet in this therapist's care: reading the history would be
        // refused, so only the way to start is offered.
        List<IntakeDetails> history = inCare ? intakes.forClient(client.id()) : List.of();
        Button record = new Button(history.isEmpty() ? "New intake" : "New intake (re-assessment)",
                VaadinIcon.PLUS.create(), click -> new IntakeForm(client, intakes, LocalDate.now(clinic.zone()),
                        onIntakeRecorded).open());
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(record);
        if (history.isEmpty()) {
            add(new Paragraph(!inCare
                    ? "No intake yet. The client has no primary therapist: recording the first intake makes you "
                      + "the client's primary therapist."
                    : "No intake yet."));
        }
        history.forEach(intake -> add(new IntakeCard(intake, intakes, clinic.zone(), this::refresh)));
    }
}
