package org.relieve.ui.session;

import java.time.Instant;

import org.relieve.schedule.AppointmentDetails;
import org.relieve.schedule.AppointmentStatus;

/**
 * The address of the session screen, and when a schedule screen offers it, so the schedule and
 * client pages (other UI packages) link to it without depending on the view itself.
 */
public final class SessionRoutes {

    static final String APPOINTMENT_ID = "appointmentId";

    private SessionRoutes() {
    }

    public static String forAppointment(long appointmentId) {
        return "sessions/appointment/" + appointmentId;
    }

    /**
     * Whether to offer the session record for this appointment: only to its own therapist, once it
     * has started, while it is booked, checked in, or completed (completed means signed: "open").
     * The service enforces the same; the button only appears where it would work.
     */
    public static boolean offered(AppointmentDetails appointment, Long signedInTherapistId, Instant now) {
        AppointmentStatus status = appointment.status();
        return signedInTherapistId != null && appointment.therapistId() == signedInTherapistId
                && (status == AppointmentStatus.BOOKED || status == AppointmentStatus.CHECKED_IN
                || status == AppointmentStatus.COMPLETED)
                && !appointment.start().toInstant().isAfter(now);
    }

    public static String actionLabel(AppointmentDetails appointment) {
        return appointment.status() == AppointmentStatus.COMPLETED ? "Open record" : "Record session";
    }
}
