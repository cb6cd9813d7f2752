package org.relieve.plan;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/** A plan the therapist saves: the steps they chose, how often, and the home care. */
public record NewPlan(
        @NotNull(message = "Say which intake the plan is built from.")
        Long intakeId,
        @NotEmpty(message = "A plan needs at least one step.")
        List<@NotNull(message = "A step cannot be empty.") @Valid PlanStep> steps,
        @NotNull(message = "Enter the number of sessions planned.")
        @Min(value = 1, message = "Plan at least 1 session.")
        @Max(value = 100, message = "Plan at most 100 sessions.")
        Integer sessionsPlanned,
        @NotNull(message = "Enter the sessions per week.")
        @Min(value = 1, message = "At least 1 session per week.")
        @Max(value = 7, message = "At most 7 sessions per week.")
        Integer sessionsPerWeek,
        List<@NotNull(message = "Home-care advice cannot be empty.") @Valid HomeCareAdvice> homeCare) {

    public NewPlan {
        homeCare = homeCare == null ? List.of() : homeCare;
    }

    @AssertTrue(message = "A hold's minimum cannot be longer than its maximum.")
    public boolean isEveryHoldRangeOrdered() {
        return steps == null || steps.stream().allMatch(step -> step == null || step.holdSecondsMin() == null
                || step.holdSecondsMax() == null || step.holdSecondsMin() <= step.holdSecondsMax());
    }
}
