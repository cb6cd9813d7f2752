package org.relieve.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.relieve.clinical.RuleFinding;

@Entity
@Table(name = "treatment_plan")
class TreatmentPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long clientId;
    private long intakeId;

    @Enumerated(EnumType.STRING)
    private PlanStatus status = PlanStatus.DRAFT;

    private int sessionsPlanned;
    private int sessionsPerWeek;
    private long authorId;
    private Instant createdAt;
    private Instant activatedAt;
    private Instant completedAt;

    @Version
    private long version;

    /** Who saved this record last, and when: named to an editor whose later save loses (see LastChanges). */
    private String updatedBy;
    private Instant updatedAt;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<PlannedTechnique> steps = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_home_care", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<HomeCareItem> homeCare = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_warning", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<Warning> warnings = new ArrayList<>();

    @Embeddable
    record HomeCareItem(String advice, Integer minutes, Integer holdSecondsMin, Integer holdSecondsMax) {
    }

    @Embeddable
    record Warning(String field, String message) {
    }

    protected TreatmentPlan() {
    }

    TreatmentPlan(long clientId, long intakeId, long authorId, Instant createdAt) {
        this.clientId = clientId;
        this.intakeId = intakeId;
        this.authorId = authorId;
        this.createdAt = createdAt;
    }

    /** Replaces the plan's content. Callers flush after {@link #clearContent()} first (see PlanService). */
    void fill(NewPlan plan, List<RuleFinding> softWarnings) {
        for (int i = 0; i < plan.steps().size(); i++) {
            steps.add(new PlannedTechnique(this, i + 1, plan.steps().get(i)));
        }
        plan.homeCare().forEach(advice -> homeCare.add(new HomeCareItem(advice.advice().strip(), advice.minutes(),
                advice.holdSecondsMin(), advice.holdSecondsMax())));
        softWarnings.forEach(warning -> warnings.add(new Warning(warning.field(), warning.message())));
        this.sessionsPlanned = plan.sessionsPlanned();
        this.sessionsPerWeek = plan.sessionsPerWeek();
    }

    void changedBy(String username, Instant at) {
        this.updatedBy = username;
        this.updatedAt = at;
    }

    void clearContent() {
        steps.clear();
        homeCare.clear();
        warnings.clear();
    }

    void activate(Instant now) {
        status = PlanStatus.ACTIVE;
        activatedAt = now;
    }

    void complete(Instant now) {
        status = PlanStatus.COMPLETED;
        completedAt = now;
    }

    Long getId() {
        return id;
    }

    long getClientId() {
        return clientId;
    }

    long getIntakeId() {
        return intakeId;
    }

    long getAuthorId() {
        return authorId;
    }

    PlanStatus getStatus() {
        return status;
    }

    long getVersion() {
        return version;
    }

    PlanSchedule toSchedule() {
        return new PlanSchedule(id, clientId, status, sessionsPlanned, sessionsPerWeek);
    }

    PlanDetails toDetails(String authorName) {
        return new PlanDetails(id, clientId, intakeId, status,
                steps.stream().sorted(Comparator.comparingInt(PlannedTechnique::getPosition))
                        .map(PlannedTechnique::toStep).toList(),
                sessionsPlanned, sessionsPerWeek,
                homeCare.stream().map(item -> new HomeCareAdvice(item.advice(), item.minutes(), item.holdSecondsMin(),
                        item.holdSecondsMax())).toList(),
                warnings.stream().map(warning -> RuleFinding.warning(warning.field(), warning.message())).toList(),
                authorName, createdAt, activatedAt, completedAt, version);
    }
}
