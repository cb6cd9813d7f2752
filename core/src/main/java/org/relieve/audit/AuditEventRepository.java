package org.relieve.audit;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    @Query("select e from AuditEvent e where (:actor is null or e.actor = :actor) order by e.id desc")
    List<AuditEvent> findLatest(String actor, Pageable page);
}
