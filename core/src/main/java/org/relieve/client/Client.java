package org.relieve.client;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.relieve.clinical.ClientProfile;

@Entity
@Table(name = "client")
class Client {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String firstName;
    private String lastName;
    private LocalDate dateOfBirth;
    private String email;
    private String phone;

    @Enumerated(EnumType.STRING)
    private ClientProfile profile;

    private Long primaryTherapistId;
    private LocalDate consentGivenOn;
    private boolean archived;

    @Column(updatable = false)
    private Instant createdAt;

    @Column(updatable = false)
    private String createdBy;

    @Version
    private long version;

    /** Who saved this record last, and when: named to an editor whose later save loses (see LastChanges). */
    private String updatedBy;
    private Instant updatedAt;

    protected Client() {
    }

    Client(ClientDemographics demographics, Instant createdAt, String createdBy) {
        apply(demographics);
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        changedBy(createdBy, createdAt);
    }

    void changedBy(String username, Instant at) {
        this.updatedBy = username;
        this.updatedAt = at;
    }

    void apply(ClientDemographics demographics) {
        this.firstName = demographics.firstName().strip();
        this.lastName = demographics.lastName().strip();
        this.dateOfBirth = demographics.dateOfBirth();
        this.email = blankToNull(demographics.email());
        this.phone = blankToNull(demographics.phone());
        this.profile = demographics.profile();
        this.primaryTherapistId = demographics.primaryTherapistId();
        this.consentGivenOn = demographics.consentGivenOn();
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    Long getPrimaryTherapistId() {
        return primaryTherapistId;
    }

    boolean isArchived() {
        return archived;
    }

    void becomeCaredForBy(long therapistId) {
        this.primaryTherapistId = therapistId;
    }

    void archive() {
        this.archived = true;
    }

    void restore() {
        this.archived = false;
    }

    ClientDetails toDetails(String primaryTherapistName) {
        return new ClientDetails(id, firstName, lastName, dateOfBirth, email, phone, profile, primaryTherapistId,
                primaryTherapistName, consentGivenOn, archived, version);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
