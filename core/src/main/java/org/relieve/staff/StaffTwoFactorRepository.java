package org.relieve.staff;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface StaffTwoFactorRepository extends JpaRepository<StaffTwoFactor, Long> {

    @Query("select t.staffAccountId from StaffTwoFactor t where t.confirmedAt is not null")
    List<Long> findConfirmedAccountIds();

    /** Locked for the check, so two requests cannot both spend the same code. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from StaffTwoFactor t where t.staffAccountId = ?1")
    Optional<StaffTwoFactor> findForUpdate(long staffAccountId);
}
