package org.relieve.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import org.relieve.staff.NewStaffAccount;
import org.relieve.staff.StaffRole;
import org.relieve.staff.StaffService;
import org.relieve.staff.WeakPasswordException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A new installation needs someone who can create accounts. The first administrator comes from
 * {@code RELIEVE_ADMIN_USERNAME} / {@code RELIEVE_ADMIN_PASSWORD}, or gets a generated password that
 * is printed to the log exactly once (and must be changed at first sign-in). Runs after demo
 * seeding, which already provides an administrator in demo mode.
 */
@Component
@Order(100)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final StaffService staff;
    private final String username;
    private final String password;

    FirstAdministrator(StaffService staff,
                       @Value("${relieve.admin.username:admin}") String username,
                       @Value("${relieve.admin.password:}") String password) {
        this.staff = staff;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean generated = password.isBlank();
        String initialPassword = generated ? generatePassword() : password;
        boolean created;
        try {
            created = staff.createFirstAdministrator(
                    new NewStaffAccount(username, "Administrator", initialPassword, Set.of(StaffRole.ADMIN)));
        } catch (WeakPasswordException e) {
            throw new IllegalStateException("RELIEVE_ADMIN_PASSWORD (relieve.admin.password) is refused: "
                    + e.getMessage(), e);
        }
        if (created && generated) {
            log.warn("""

                    ==========================================================================
                     No administrator existed, so one was created:
                       username: {}
                       password: {}
                     This password is shown once. Sign in and change it under "My account".
                    ==========================================================================""",
                    username, initialPassword);
        } else if (created) {
            log.info("Created the first administrator '{}' from the environment", username);
        }
    }

    private static String generatePassword() {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
