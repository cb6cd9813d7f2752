package org.relieve.intake;

import java.time.Instant;
import java.time.LocalDate;
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
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.relieve.clinical.Acuity;
import org.relieve.clinical.BodyRegion;
import org.relieve.clinical.PainCause;
import org.relieve.clinical.RedFlag;
import org.relieve.clinical.RegionSide;
import org.relieve.clinical.Side;

/**
 * An intake assessment. Written once: a re-assessment is a new intake, so history stays intact.
 * Append-only, so it needs no version: two therapists assessing at once record two intakes.
 */
@Entity
@Immutable
@Table(name = "intake_assessment")
class IntakeAssessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long clientId;
    private LocalDate assessedOn;
    private String chiefComplaint;
    private int painScore;
    private int symptomWeeks;

    @Enumerated(EnumType.STRING)
    private Acuity acuity;

    @Enumerated(EnumType.STRING)
    private PainCause primaryCause;

    private boolean fascialRestriction;
    private String palpationNotes;
    private String goals;
    private long authorId;
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "intake_cause", joinColumns = @JoinColumn(name = "intake_id"))
    @Column(name = "cause")
    @Enumerated(EnumType.STRING)
    private Set<PainCause> causes = EnumSet.noneOf(PainCause.class);

    @ElementCollection
    @CollectionTable(name = "intake_red_flag", joinColumns = @JoinColumn(name = "intake_id"))
    @Column(name = "red_flag")
    @Enumerated(EnumType.STRING)
    private Set<RedFlag> redFlags = EnumSet.noneOf(RedFlag.class);

    @ElementCollection
    @CollectionTable(name = "intake_pain_region", joinColumns = @JoinColumn(name = "intake_id"))
    private List<Place> painRegions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "intake_trigger_point", joinColumns = @JoinColumn(name = "intake_id"))
    private List<Place> triggerPoints = new ArrayList<>();

    /** A region and side as stored in a row. */
    @Embeddable
    record Place(@Enumerated(EnumType.STRING) BodyRegion region, @Enumerated(EnumType.STRING) Side side) {

        static Place of(RegionSide regionSide) {
            return new Place(regionSide.region(), regionSide.side());
        }

        RegionSide toRegionSide() {
            return new RegionSide(region, side);
        }
    }

    protected IntakeAssessment() {
    }

    IntakeAssessment(long clientId, NewIntake intake, long authorId, Instant createdAt) {
        this.clientId = clientId;
        this.assessedOn = intake.assessedOn();
        this.chiefComplaint = intake.chiefComplaint().strip();
        this.painScore = intake.painScore();
        this.symptomWeeks = intake.symptomWeeks();
        this.acuity = Acuity.ofSymptomWeeks(intake.symptomWeeks());
        this.primaryCause = intake.primaryCause();
        this.fascialRestriction = intake.fascialRestriction();
        this.palpationNotes = intake.palpationNotes();
        this.goals = intake.goals();
        this.authorId = authorId;
        this.createdAt = createdAt;
        this.causes.addAll(intake.causes());
        this.redFlags.addAll(intake.redFlags());
        intake.painRegions().stream().distinct().map(Place::of).forEach(painRegions::add);
        intake.triggerPoints().stream().distinct().map(Place::of).forEach(triggerPoints::add);
    }

    Long getId() {
        return id;
    }

    long getClientId() {
        return clientId;
    }

    long getAuthorId() {
        return authorId;
    }

    Set<RedFlag> getRedFlags() {
        return redFlags;
    }

    Acuity getAcuity() {
        return acuity;
    }

    IntakeDetails toDetails(Set<RedFlag> unresolved, String authorName) {
        return new IntakeDetails(id, clientId, assessedOn, chiefComplaint, painScore, symptomWeeks, acuity,
                Set.copyOf(causes), primaryCause, painRegions.stream().map(Place::toRegionSide).toList(),
                triggerPoints.stream().map(Place::toRegionSide).toList(), fascialRestriction, Set.copyOf(redFlags),
                Set.copyOf(unresolved), palpationNotes, goals, authorName, createdAt);
    }
}
