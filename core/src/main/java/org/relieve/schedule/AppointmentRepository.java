package org.relieve.schedule;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppointmentRepository extends JpaRepository<Appointment, Long> {

    @Query("""
            select a from Appointment a
             where a.startsAt < :to and a.blockedUntil > :from
               and (:therapistId is null or a.therapistId = :therapistId)
               and (:roomId is null or a.roomId = :roomId)
             order by a.startsAt, a.id""")
    List<Appointment> findInRange(Instant from, Instant to, Long therapistId, Long roomId);

    @Query("""
            select a from Appointment a
             where a.therapistId = :therapistId and a.startsAt < :to and a.blockedUntil > :from
               and a.status in (org.relieve.schedule.AppointmentStatus.BOOKED,
                                org.relieve.schedule.AppointmentStatus.CHECKED_IN,
                                org.relieve.schedule.AppointmentStatus.COMPLETED)""")
    List<Appointment> findHoldingSlots(long therapistId, Instant from, Instant to);
}
