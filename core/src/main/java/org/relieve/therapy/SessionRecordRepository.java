package org.relieve.therapy;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SessionRecordRepository extends JpaRepository<SessionRecord, Long> {

    Optional<SessionRecord> findByAppointmentId(long appointmentId);

    @Query("select s from SessionRecord s where s.clientId = :clientId order by s.createdAt desc, s.id desc")
    List<SessionRecord> findByClientNewestFirst(long clientId);
}
