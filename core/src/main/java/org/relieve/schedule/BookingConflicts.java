package org.relieve.schedule;

import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.postgresql.util.PSQLException;
import org.relieve.common.ClinicProperties;
import org.relieve.common.ConflictException;
import org.springframework.stereotype.Component;

/**
 * Turns the database's refusal of an overlapping booking (SQLSTATE 23P01 on one of the exclusion
 * constraints) into a sentence the front desk understands: who or what is taken, and when.
 */
@Component
class BookingConflicts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM");

    private final AppointmentQueries queries;
    private final ZoneId zone;

    BookingConflicts(AppointmentQueries queries, ClinicProperties clinic) {
        this.queries = queries;
        this.zone = clinic.zone();
    }

    /** The exclusion constraint a failure names, if it is an overlap refusal. */
    static Optional<String> violatedExclusion(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PSQLException psql && "23P01".equals(psql.getSQLState())
                    && psql.getServerErrorMessage() != null) {
                return Optional.ofNullable(psql.getServerErrorMessage().getConstraint());
            }
            if (cause instanceof SQLException sql && "23P01".equals(sql.getSQLState())) {
                return Optional.of("");
            }
        }
        return Optional.empty();
    }

    ConflictException describe(String constraint, Appointment attempted) {
        Instant from = attempted.getStartsAt();
        return switch (constraint) {
            case "appointment_room_free" -> clash("room_id", attempted.getRoomId(), from, attempted.getBlockedUntil(), attempted,
                    clash -> clash.roomName() + " is booked " + when(clash) + ".");
            case "appointment_client_free" -> clash("client_id", attempted.getClientId(), from, attempted.getEndsAt(), attempted,
                    clash -> clash.clientName() + " already has an appointment " + when(clash) + " with "
                            + clash.therapistName() + ".");
            default -> clash("therapist_id", attempted.getTherapistId(), from, attempted.getBlockedUntil(), attempted,
                    clash -> clash.therapistName() + " is already booked " + when(clash) + ".");
        };
    }

    private ConflictException clash(String column, long value, Instant from, Instant until, Appointment attempted,
                                    java.util.function.Function<AppointmentDetails, String> sentence) {
        return queries.firstClash(column, value, from, until, attempted.getId())
                .map(sentence)
                .map(ConflictException::new)
                .orElseGet(() -> new ConflictException("That time was just taken by another booking. Choose another time."));
    }

    private String when(AppointmentDetails clash) {
        String text = DAY.format(clash.start().atZoneSameInstant(zone)) + " " + TIME.format(clash.start().atZoneSameInstant(zone))
                + "–" + TIME.format(clash.end().atZoneSameInstant(zone));
        long buffer = java.time.Duration.between(clash.end(), clash.blockedUntil()).toMinutes();
        return buffer > 0 ? text + " (then " + buffer + " min to turn the room around)" : text;
    }
}
