package org.relieve.schedule;

import java.time.DayOfWeek;
import java.time.LocalTime;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

/** A working interval on a weekday, e.g. Monday 09:00–18:00 (clinic-local). */
public record WeeklyHours(
        @NotNull(message = "Choose the day.") DayOfWeek day,
        @NotNull(message = "Enter when work starts.") LocalTime starts,
        @NotNull(message = "Enter when work ends.") LocalTime ends) {

    @AssertTrue(message = "Work must end after it starts.")
    public boolean isOrdered() {
        return starts == null || ends == null || starts.isBefore(ends);
    }
}
