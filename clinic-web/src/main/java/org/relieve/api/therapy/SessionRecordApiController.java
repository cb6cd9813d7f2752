package org.relieve.api.therapy;

import java.net.URI;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.relieve.api.ApiWarning;
import org.relieve.clinical.RedFlag;
import org.relieve.therapy.Amendment;
import org.relieve.therapy.AmendmentDetails;
import org.relieve.therapy.ClientExport;
import org.relieve.therapy.ClientExportService;
import org.relieve.therapy.NewSessionRecord;
import org.relieve.therapy.SessionRecordDetails;
import org.relieve.therapy.SessionRecordService;
import org.relieve.therapy.SessionStatus;
import org.relieve.therapy.TechniqueApplicationEntry;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Session records (create, update a draft, sign, amend, list per client) and the client export. */
@RestController
@RequestMapping("/api")
class SessionRecordApiController {

    /** A record as the API shows it: soft-rule warnings as {@code [{field, message}]}. */
    record SessionRecordJson(long id, long appointmentId, long clientId, OffsetDateTime appointmentStart,
                             String authorName, int painBefore, int painAfter, int currentPainBefore,
                             int currentPainAfter, List<TechniqueApplicationEntry> applications, String pressureNotes,
                             String subjective, String objective, String assessment, String plan,
                             String adverseReactions, Set<RedFlag> redFlags, SessionStatus status, Instant signedAt,
                             String signedByName, List<ApiWarning> warnings, List<AmendmentDetails> amendments,
                             long version) {

        static SessionRecordJson of(SessionRecordDetails r) {
            return new SessionRecordJson(r.id(), r.appointmentId(), r.clientId(), r.appointmentStart(), r.authorName(),
                    r.painBefore(), r.painAfter(), r.currentPainBefore(), r.currentPainAfter(), r.applications(),
                    r.pressureNotes(), r.subjective(), r.objective(), r.assessment(), r.plan(), r.adverseReactions(),
                    r.redFlags(), r.status(), r.signedAt(), r.signedByName(),
                    ApiWarning.of(r.warnings()), r.amendments(),
                    r.version());
        }
    }

    /** A draft update: the record's fields plus the version the caller read. */
    record DraftUpdate(Integer painBefore, Integer painAfter, List<TechniqueApplicationEntry> applications,
                       String pressureNotes, String subjective, String objective, String assessment, String plan,
                       String adverseReactions, Set<RedFlag> redFlags,
                       @NotNull(message = "Send the version you read (optimistic locking).") Long version) {

        NewSessionRecord record() {
            return new NewSessionRecord(painBefore, painAfter, applications, pressureNotes, subjective, objective,
                    assessment, plan, adverseReactions, redFlags);
        }
    }

    private final SessionRecordService sessions;
    private final ClientExportService exports;

    SessionRecordApiController(SessionRecordService sessions, ClientExportService exports) {
        this.sessions = sessions;
        this.exports = exports;
    }

    @PostMapping("/appointments/{appointmentId}/session-record")
    ResponseEntity<SessionRecordJson> create(@PathVariable long appointmentId, @RequestBody NewSessionRecord record) {
        SessionRecordDetails created = sessions.create(appointmentId, record);
        return ResponseEntity.created(URI.create("/api/session-records/" + created.id()))
                .body(SessionRecordJson.of(created));
    }

    @GetMapping("/session-records/{id}")
    SessionRecordJson get(@PathVariable long id) {
        return SessionRecordJson.of(sessions.get(id));
    }

    @PutMapping("/session-records/{id}")
    SessionRecordJson update(@PathVariable long id, @Valid @RequestBody DraftUpdate update) {
        return SessionRecordJson.of(sessions.updateDraft(id, update.record(), update.version()));
    }

    @PostMapping("/session-records/{id}/sign")
    SessionRecordJson sign(@PathVariable long id) {
        return SessionRecordJson.of(sessions.sign(id));
    }

    @PostMapping("/session-records/{id}/amendments")
    ResponseEntity<SessionRecordJson> amend(@PathVariable long id, @RequestBody Amendment amendment) {
        SessionRecordJson amended = SessionRecordJson.of(sessions.amend(id, amendment));
        return ResponseEntity.created(URI.create("/api/session-records/" + id)).body(amended);
    }

    @GetMapping("/clients/{clientId}/session-records")
    List<SessionRecordJson> forClient(@PathVariable long clientId) {
        return sessions.forClient(clientId).stream().map(SessionRecordJson::of).toList();
    }

    @GetMapping("/clients/{clientId}/export")
    ClientExport export(@PathVariable long clientId) {
        return exports.export(clientId);
    }
}
