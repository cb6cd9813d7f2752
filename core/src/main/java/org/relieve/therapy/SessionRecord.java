package org.relieve.therapy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.relieve.clinical.BodyRegion;
import org.relieve.clinical.PressureLevel;
import org.relieve.clinical.RedFlag;
import org.relieve.clinical.RuleFinding;
import org.relieve.clinical.Side;
import org.relieve.clinical.Technique;

/** The record of one treatment. Once signed, the database refuses any change to it or its parts. */
@Entity
@Table(name = "session_record")
class SessionRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long appointmentId;
    private long clientId;
    private long authorId;
    private int painBefore;
    private int painAfter;
    private String pressureNotes;
    private String subjective;
    private String objective;
    private String assessment;
    private String plan;
    private String adverseReactions;

    @Enumerated(EnumType.STRING)
    private SessionStatus status = SessionStatus.DRAFT;

    @Column(updatable = false)
    private Instant createdAt;

    private Instant signedAt;
    private Long signedBy;

    @Version
    private long version;

    /** Who saved this record last, and when: named to an editor whose later save loses (see LastChanges). */
    private String updatedBy;
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "technique_application", joinColumns = @JoinColumn(name = "session_record_id"))
    @OrderColumn(name = "position")
    private List<Application> applications = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "session_red_flag", joinColumns = @JoinColumn(name = "session_record_id"))
    @Column(name = "red_flag")
    @Enumerated(EnumType.STRING)
    private Set<RedFlag> redFlags = EnumSet.noneOf(RedFlag.class);

    @ElementCollection
    @CollectionTable(name = "session_warning", joinColumns = @JoinColumn(name = "session_record_id"))
    @OrderColumn(name = "position")
    private List<Warning> warnings = new ArrayList<>();

    @Embeddable
    record Application(@Enumerated(EnumType.STRING) Technique technique, @Enumerated(EnumType.STRING) BodyRegion region,
                       @Enumerated(EnumType.STRING) Side side, @Enumerated(EnumType.STRING) PressureLevel pressure,
                       int minutes, Integer holdSeconds, String tolerance) {
    }

    @Embeddable
    record Warning(String field, String message) {
    }

    protected SessionRecord() {
    }

    SessionRecord(long appointmentId, long clientId, long authorId, Instant createdAt) {
        this.appointmentId = appointmentId;
        this.clientId = clientId;
        this.authorId = authorId;
        this.createdAt = createdAt;
    }

    void fill(NewSessionRecord record, List<RuleFinding> softWarnings) {
        painBefore = record.painBefore();
        painAfter = record.painAfter();
        pressureNotes = record.pressureNotes();
        subjective = record.subjective();
        objective = record.objective();
        assessment = record.assessment();
        plan = record.plan();
        adverseReactions = record.adverseReactions();
        applications.clear();
        record.applications().forEach(a -> applications.add(new Application(a.technique(), a.region(), a.side(),
                a.pressure(), a.minutes(), a.holdSeconds(), a.tolerance())));
        redFlags.clear();
        redFlags.addAll(record.redFlags());
        warnings.clear();
        softWarnings.forEach(w -> warnings.add(new Warning(w.field(), w.message())));
    }

    void changedBy(String username, Instant at) {
        this.updatedBy = username;
        this.updatedAt = at;
    }

    void sign(long signer, Instant now) {
        status = SessionStatus.SIGNED;
        signedBy = signer;
        signedAt = now;
    }

    Long getId() {
        return id;
    }

    long getAppointmentId() {
        return appointmentId;
    }

    long getClientId() {
        return clientId;
    }

    long getAuthorId() {
        return authorId;
    }

    SessionStatus getStatus() {
        return status;
    }

    long getVersion() {
        return version;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Set<RedFlag> getRedFlags() {
        return redFlags;
    }

    boolean hasApplications() {
        return !applications.isEmpty();
    }

    Long getSignedBy() {
        return signedBy;
    }

    SessionRecordDetails toDetails(java.time.OffsetDateTime appointmentStart, String authorName, String signedByName,
                                   List<AmendmentDetails> amendments) {
        return new SessionRecordDetails(id, appointmentId, clientId, appointmentStart, authorName, painBefore, painAfter,
                applications.stream().map(a -> new TechniqueApplicationEntry(a.technique(), a.region(), a.side(),
                        a.pressure(), a.minutes(), a.holdSeconds(), a.tolerance())).toList(),
                pressureNotes, subjective, objective, assessment, plan, adverseReactions, Set.copyOf(redFlags), status,
                signedAt, signedByName, warnings.stream().map(w -> RuleFinding.warning(w.field(), w.message())).toList(),
                amendments, version);
    }
}
