package org.relieve.staff;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, Long> {

    Optional<RecoveryCode> findFirstByStaffAccountIdAndCodeHashAndUsedAtIsNull(long staffAccountId, String codeHash);

    long countByStaffAccountIdAndUsedAtIsNull(long staffAccountId);

    @Modifying
    @Query("delete from RecoveryCode c where c.staffAccountId = ?1")
    void deleteForAccount(long staffAccountId);
}
