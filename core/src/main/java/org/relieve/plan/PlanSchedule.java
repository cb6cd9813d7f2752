package org.relieve.plan;

/**
 * The only part of a plan the front desk sees: how many sessions, how often. No clinical content.
 */
public record PlanSchedule(long planId, long clientId, PlanStatus status, int sessionsPlanned, int sessionsPerWeek) {
}
