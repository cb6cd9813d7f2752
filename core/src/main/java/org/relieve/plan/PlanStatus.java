package org.relieve.plan;

/** A plan is drafted, then active while the course runs, then completed (course finished or discharged). */
public enum PlanStatus {
    DRAFT,
    ACTIVE,
    COMPLETED
}
