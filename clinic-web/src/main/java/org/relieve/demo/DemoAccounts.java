package org.relieve.demo;

import java.util.List;
import java.util.Set;

import org.relieve.common.RunAs;
import org.relieve.staff.NewStaffAccount;
import org.relieve.staff.StaffRole;
import org.relieve.staff.StaffService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The demo logins listed in the README, all with the password {@value #PASSWORD}. */
@Component
@Conditional(DemoMode.class)
@Order(DemoAccounts.ORDER)
class DemoAccounts implements ApplicationRunner {

    static final int ORDER = 10;
    static final String PASSWORD = "relieve-demo";

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private static final List<NewStaffAccount> ACCOUNTS = List.of(
            new NewStaffAccount("frontdesk", "Rina Wijaya", PASSWORD, Set.of(StaffRole.FRONT_DESK)),
            new NewStaffAccount("therapist", "Maya Lee", PASSWORD, Set.of(StaffRole.THERAPIST)),
            new NewStaffAccount("therapist2", "Arif Santoso", PASSWORD, Set.of(StaffRole.THERAPIST)),
            new NewStaffAccount("therapist3", "Lina Kurniawan", PASSWORD, Set.of(StaffRole.THERAPIST)),
            new NewStaffAccount("manager", "Dewi Hartono", PASSWORD, Set.of(StaffRole.MANAGER)),
            new NewStaffAccount("admin", "Clinic Administrator", PASSWORD, Set.of(StaffRole.ADMIN)));

    private final StaffService staff;

    DemoAccounts(StaffService staff) {
        this.staff = staff;
    }

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        RunAs.user("demo-setup", () -> {
            int created = 0;
            for (NewStaffAccount account : ACCOUNTS) {
                if (staff.findByUsername(account.username()).isEmpty()) {
                    staff.create(account);
                    created++;
                }
            }
            if (created > 0) {
                log.info("Demo mode: created {} demo accounts (password '{}') in {} ms", created, PASSWORD,
                        (System.nanoTime() - started) / 1_000_000);
            }
        }, StaffRole.ADMIN.name());
    }
}
