package org.relieve.staff;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StaffAccountRepository extends JpaRepository<StaffAccount, Long> {

    Optional<StaffAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("select s from StaffAccount s order by s.displayName")
    List<StaffAccount> findAllByOrderByDisplayName();

    @Query("select count(s) from StaffAccount s join s.roles r where r = org.relieve.staff.StaffRole.ADMIN and s.enabled = true")
    long countEnabledAdmins();
}
