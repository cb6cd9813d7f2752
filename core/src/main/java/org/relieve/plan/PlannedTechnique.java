package org.relieve.plan;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.relieve.clinical.BodyRegion;
import org.relieve.clinical.PressureLevel;
import org.relieve.clinical.RegionSide;
import org.relieve.clinical.Side;
import org.relieve.clinical.Technique;

/**
 * One step of a saved plan. No version of its own: steps are only ever replaced as a whole through
 * {@link TreatmentPlan}, and changing them increments the plan's version, which guards them.
 */
@Entity
@Table(name = "planned_technique")
class PlannedTechnique {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private TreatmentPlan plan;

    private int position;

    @Enumerated(EnumType.STRING)
    private Technique technique;

    @Enumerated(EnumType.STRING)
    private PressureLevel pressure;

    private int minutes;
    private Integer holdSecondsMin;
    private Integer holdSecondsMax;
    private String reason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "planned_technique_region", joinColumns = @JoinColumn(name = "planned_technique_id"))
    private Set<Target> regions = new LinkedHashSet<>();

    @Embeddable
    record Target(@Enumerated(EnumType.STRING) BodyRegion region, @Enumerated(EnumType.STRING) Side side) {
    }

    protected PlannedTechnique() {
    }

    PlannedTechnique(TreatmentPlan plan, int position, PlanStep step) {
        this.plan = plan;
        this.position = position;
        this.technique = step.technique();
        this.pressure = step.pressure();
        this.minutes = step.minutes();
        this.holdSecondsMin = step.holdSecondsMin();
        this.holdSecondsMax = step.holdSecondsMax();
        this.reason = step.reason();
        step.regions().forEach(region -> regions.add(new Target(region.region(), region.side())));
    }

    int getPosition() {
        return position;
    }

    PlanStep toStep() {
        return new PlanStep(position, technique,
                regions.stream().map(target -> new RegionSide(target.region(), target.side())).toList(),
                pressure, minutes, holdSecondsMin, holdSecondsMax, reason);
    }
}
