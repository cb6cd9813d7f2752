package org.relieve.intake;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReferralRepository extends JpaRepository<Referral, Long> {

    @Query("select r from Referral r where r.intakeId = :intakeId order by r.createdAt, r.id")
    List<Referral> findByIntake(long intakeId);

    @Query("select count(r) > 0 from Referral r where r.intakeId = :intakeId and r.clearedForTreatment = true")
    boolean isCleared(long intakeId);

    @Query("""
            select count(r) > 0 from Referral r where r.clearedForTreatment = true and r.createdAt > :since
               and r.intakeId in (select i.id from IntakeAssessment i where i.clientId = :clientId)""")
    boolean existsClearanceSince(long clientId, java.time.Instant since);
}
