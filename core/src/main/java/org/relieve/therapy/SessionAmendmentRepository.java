package org.relieve.therapy;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SessionAmendmentRepository extends JpaRepository<SessionAmendment, Long> {

    @Query("select a from SessionAmendment a where a.sessionRecordId = :recordId order by a.createdAt, a.id")
    List<SessionAmendment> findByRecord(long recordId);
}
