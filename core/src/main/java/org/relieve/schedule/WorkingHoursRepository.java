package org.relieve.schedule;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface WorkingHoursRepository extends JpaRepository<WorkingHours, Long> {

    @Query("select w from WorkingHours w where w.therapistId = :therapistId order by w.dayOfWeek, w.starts")
    List<WorkingHours> findWeek(long therapistId);

    @Modifying
    @Query("delete from WorkingHours w where w.therapistId = :therapistId")
    void deleteWeek(long therapistId);

    @Query("select e from WorkingHoursException e where e.therapistId = :therapistId and e.onDate between :from and :to order by e.onDate")
    List<WorkingHoursException> findExceptions(long therapistId, LocalDate from, LocalDate to);
}
