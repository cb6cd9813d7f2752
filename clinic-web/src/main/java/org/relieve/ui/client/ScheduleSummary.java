package org.relieve.ui.client;

import java.util.Optional;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.relieve.plan.PlanSchedule;

/**
 * What the front desk books from: how many sessions the active plan has and how often. Deliberately
 * nothing clinical (design §6).
 */
class ScheduleSummary extends VerticalLayout {

    ScheduleSummary(Optional<PlanSchedule> schedule) {
        setPadding(false);
        schedule.ifPresentOrElse(
                plan -> add(new Paragraph("Active treatment plan: " + plan.sessionsPlanned() + " sessions planned, "
                        + plan.sessionsPerWeek() + (plan.sessionsPerWeek() == 1 ? " session" : " sessions")
                        + " per week.")),
                () -> add(new Paragraph("No active treatment plan yet. The therapist sets the number of sessions "
                        + "and how often when the plan is activated.")));
    }
}
