package org.relieve.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TreatmentPlanRepository extends JpaRepository<TreatmentPlan, Long> {

    @Query("select p from TreatmentPlan p where p.clientId = :clientId order by p.createdAt desc, p.id desc")
    List<TreatmentPlan> findByClientNewestFirst(long clientId);

    @Query("select p from TreatmentPlan p where p.clientId = :clientId and p.status = org.relieve.plan.PlanStatus.ACTIVE")
    Optional<TreatmentPlan> findActive(long clientId);
}
