package org.relieve;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import org.relieve.common.RunAs;
import org.relieve.staff.NewStaffAccount;
import org.relieve.staff.StaffMember;
import org.relieve.staff.StaffRole;
import org.relieve.staff.StaffService;
import org.relieve.staff.TwoFactorEnrolment;
import org.relieve.staff.TwoFactorService;

/** Staff accounts with unique names for two-factor tests, enrolled the way a person would be. */
public final class TwoFactorAccounts {

    public static final String PASSWORD = "a-long-enough-password";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final StaffService staff;
    private final TwoFactorService twoFactor;

    public TwoFactorAccounts(StaffService staff, TwoFactorService twoFactor) {
        this.staff = staff;
        this.twoFactor = twoFactor;
    }

    public record Enrolled(String username, String secret, List<String> recoveryCodes) {
        public String currentCode() {
            return code(secret, 0);
        }
    }

    public static String uniqueName(String prefix) {
        return prefix + "-" + Long.toString(System.currentTimeMillis() % 100_000_000, 36) + "-" + SEQUENCE.incrementAndGet();
    }

    public StaffMember create(String username, StaffRole role) {
        return RunAs.user("admin", () -> staff.create(new NewStaffAccount(username, "Test " + username, PASSWORD,
                Set.of(role))), "ADMIN");
    }

    /**
     * Enrols with the code of the previous 30-second step (still accepted), so the current step's
     * code is left unused for the sign-in the test goes on to make.
     */
    public Enrolled enrol(String username) {
        return RunAs.user(username, () -> {
            TwoFactorEnrolment enrolment = twoFactor.startEnrolment();
            List<String> recoveryCodes = twoFactor.confirmEnrolment(code(enrolment.secret(), -1));
            return new Enrolled(username, enrolment.secret(), recoveryCodes);
        }, "THERAPIST");
    }

    public Enrolled createEnrolled(String prefix, StaffRole role) {
        String username = uniqueName(prefix);
        create(username, role);
        return enrol(username);
    }

    /** The code an authenticator app shows now (offset 0) or {@code offset} steps away. */
    public static String code(String secret, int offset) {
        try {
            return new DefaultCodeGenerator().generate(secret, Instant.now().getEpochSecond() / 30 + offset);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }
}
