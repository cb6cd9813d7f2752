package org.relieve.schedule;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A dated change to a therapist's week: time off (the whole day when no times are given) or extra
 * hours.
 */
public record HoursException(
        Long id,
        @NotNull(message = "Choose the date.") LocalDate date,
        @NotNull(message = "Choose time off or extra hours.") Kind kind,
        LocalTime starts,
        LocalTime ends,
        @Size(max = 200, message = "Keep the note under 200 characters.") String note) {

    public enum Kind {
        TIME_OFF,
        EXTRA
    }

    public boolean wholeDay() {
        return starts == null && ends == null;
    }

    @AssertTrue(message = "Give both times with the start first, or none for a whole day off.")
    public boolean isConsistent() {
        if (starts == null && ends == null) {
            return kind != Kind.EXTRA;
        }
        return starts != null && ends != null && starts.isBefore(ends);
    }
}
