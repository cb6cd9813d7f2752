package org.relieve.ui.session;

import java.time.Clock;
import java.time.ZoneId;

import org.relieve.common.ClinicProperties;
import org.relieve.intake.IntakeService;
import org.relieve.schedule.AppointmentService;
import org.relieve.therapy.ClientExportService;
import org.relieve.therapy.SessionRecordService;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application services the session screens call, bundled so the client page takes one
 * argument for its Sessions tab. Only services: never repositories.
 */
@Component
public class SessionServices {

    final SessionRecordService sessions;
    final ClientExportService exports;
    final AppointmentService appointments;
    final IntakeService intakes;
    final ZoneId zone;
    private final JsonMapper json;
    private final Clock clock;

    SessionServices(SessionRecordService sessions, ClientExportService exports, AppointmentService appointments,
                    IntakeService intakes, ClinicProperties clinic, JsonMapper json, Clock clock) {
        this.sessions = sessions;
        this.exports = exports;
        this.appointments = appointments;
        this.intakes = intakes;
        this.zone = clinic.zone();
        this.json = json;
        this.clock = clock;
    }

    java.time.Instant now() {
        return clock.instant();
    }

    /** The client's whole record as JSON; the export service audits it. */
    byte[] exportJson(long clientId) {
        return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(exports.export(clientId));
    }
}
