package org.relieve.schedule;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppointmentTypeRepository extends JpaRepository<AppointmentType, Long> {

    @Query("select t from AppointmentType t order by t.name")
    List<AppointmentType> findAllOrdered();
}
