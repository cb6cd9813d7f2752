package org.relieve.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.relieve.common.BusinessRuleException;
import org.relieve.common.ClinicProperties;
import org.relieve.staff.StaffService;
import org.springframework.stereotype.Component;

/** Refuses a booking outside the therapist's working hours unless someone gives a reason. */
@Component
class WorkingHoursCheck {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ClinicSetupService setup;
    private final StaffService staff;
    private final ZoneId zone;

    WorkingHoursCheck(ClinicSetupService setup, StaffService staff, ClinicProperties clinic) {
        this.setup = setup;
        this.staff = staff;
        this.zone = clinic.zone();
    }

    /**
     * Why the booking falls outside the therapist's hours, if it does and nobody gave a reason.
     * Worked out before the booking's transaction, so the locked part of a booking stays short.
     */
    Optional<BusinessRuleException> problem(long therapistId, OffsetDateTime start, OffsetDateTime end,
                                            String overrideReason) {
        if (overrideReason != null && !overrideReason.isBlank()) {
            return Optional.empty();
        }
        LocalDate day = start.atZoneSameInstant(zone).toLocalDate();
        LocalTime from = start.atZoneSameInstant(zone).toLocalTime();
        LocalTime to = end.atZoneSameInstant(zone).toLocalTime();
        boolean sameDay = end.atZoneSameInstant(zone).toLocalDate().equals(day);
        List<TimeWindow> windows = setup.workingWindows(therapistId, day);
        if (sameDay && windows.stream().anyMatch(window -> window.contains(from, to))) {
            return Optional.empty();
        }
        String name = staff.get(therapistId).displayName();
        String hours = windows.isEmpty() ? "does not work that day"
                : "works " + windows.stream().map(w -> TIME.format(w.start()) + "–" + TIME.format(w.end()))
                .collect(Collectors.joining(", ")) + " that day";
        return Optional.of(new BusinessRuleException(name + " " + hours + "; " + TIME.format(from) + "–"
                + TIME.format(to) + " is outside those hours. Give a reason to book it anyway."));
    }
}
