package org.relieve.schedule;

import org.springframework.data.jpa.repository.JpaRepository;

interface WorkingHoursExceptionRepository extends JpaRepository<WorkingHoursException, Long> {
}
