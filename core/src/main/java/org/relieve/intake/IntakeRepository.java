package org.relieve.intake;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IntakeRepository extends JpaRepository<IntakeAssessment, Long> {

    @Query("select i from IntakeAssessment i where i.clientId = :clientId order by i.assessedOn desc, i.id desc")
    List<IntakeAssessment> findByClientNewestFirst(long clientId);
}
