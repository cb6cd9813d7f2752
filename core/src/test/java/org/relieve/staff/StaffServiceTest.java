package org.relieve.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import jakarta.validation.ConstraintViolationException;

import org.junit.jupiter.api.Test;
import org.relieve.common.BusinessRuleException;
import org.relieve.common.ConflictException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
class StaffServiceTest {

    @Autowired
    StaffService staff;

    @Autowired
    StaffUserDetailsService userDetails;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.relieve.audit.AuditTrail auditTrail;

    private static NewStaffAccount therapist(String username) {
        return new NewStaffAccount(username, "Dr Lee", "correct-horse-battery", Set.of(StaffRole.THERAPIST));
    }

    @Test
    @WithMockUser(username = "boss", roles = "ADMIN")
    void adminCreatesAnAccountThatCanSignInWithItsRoles() {
        StaffMember created = staff.create(new NewStaffAccount("lee", "Dr Lee", "correct-horse-battery",
                Set.of(StaffRole.THERAPIST, StaffRole.MANAGER)));

        auditTrail.flush();
        UserDetails login = userDetails.loadUserByUsername("lee");
        assertThat(passwordEncoder.matches("correct-horse-battery", login.getPassword())).isTrue();
        assertThat(login.getPassword()).startsWith("{bcrypt}");
        assertThat(login.getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_THERAPIST", "ROLE_MANAGER");
        assertThat(jdbc.queryForObject(
                "select count(*) from audit_event where action = 'CREATE' and target_id = ? and actor = 'boss'",
                Long.class, String.valueOf(created.id()))).isEqualTo(1);
    }

    @Test
    @WithMockUser(roles = {"MANAGER", "THERAPIST", "FRONT_DESK"})
    void onlyAnAdminMayCreateAccounts() {
        assertThatThrownBy(() -> staff.create(therapist("sneaky")))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void nobodySignedInMayReadTheDirectory() {
        assertThatThrownBy(() -> staff.directory())
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aShortPasswordIsRefusedWithAMessageAPersonUnderstands() {
        assertThatThrownBy(() -> staff.create(new NewStaffAccount("lee", "Dr Lee", "short", Set.of(StaffRole.THERAPIST))))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("at least 12 characters");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aTakenUsernameIsAConflict() {
        staff.create(therapist("lee"));
        assertThatThrownBy(() -> staff.create(therapist("lee")))
                .isInstanceOf(ConflictException.class)
                .hasMessage("The username 'lee' is already taken.");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void disablingAnAccountStopsItsLogin() {
        StaffMember lee = staff.create(therapist("lee"));
        staff.update(lee.id(), new StaffAccountChange("Dr Lee", Set.of(StaffRole.THERAPIST), false, lee.version()));

        assertThat(userDetails.loadUserByUsername("lee").isEnabled()).isFalse();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void anEditBasedOnAnOldVersionIsRefused() {
        StaffMember lee = staff.create(therapist("lee"));
        staff.update(lee.id(), new StaffAccountChange("Dr Lee Senior", Set.of(StaffRole.THERAPIST), true, lee.version()));

        assertThatThrownBy(() -> staff.update(lee.id(),
                new StaffAccountChange("Dr Lee Junior", Set.of(StaffRole.THERAPIST), true, lee.version())))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("changed by someone else");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void theLastAdministratorCannotBeDisabled() {
        jdbc.update("delete from staff_account_role where role = 'ADMIN'");
        StaffMember only = staff.create(new NewStaffAccount("root", "Root", "correct-horse-battery", Set.of(StaffRole.ADMIN)));

        assertThatThrownBy(() -> staff.update(only.id(),
                new StaffAccountChange("Root", Set.of(StaffRole.ADMIN), false, only.version())))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aResetPasswordMustBeChangedAtTheNextLogin() {
        StaffMember lee = staff.create(therapist("lee"));
        staff.resetPassword(lee.id(), "temporary-password-1");

        assertThat(staff.get(lee.id()).mustChangePassword()).isTrue();
        assertThat(passwordEncoder.matches("temporary-password-1", userDetails.loadUserByUsername("lee").getPassword())).isTrue();
    }

    @Test
    void theFirstAdministratorIsCreatedOnlyWhenThereIsNone() {
        jdbc.update("delete from staff_account_role where role = 'ADMIN'");
        NewStaffAccount first = new NewStaffAccount("admin", "Administrator", "a-long-secret-pass", Set.of(StaffRole.ADMIN));

        assertThat(staff.createFirstAdministrator(first)).isTrue();
        assertThat(staff.createFirstAdministrator(
                new NewStaffAccount("admin2", "Second", "a-long-secret-pass", Set.of(StaffRole.ADMIN)))).isFalse();
        assertThat(userDetails.loadUserByUsername("admin").getAuthorities()).extracting(Object::toString)
                .containsExactly("ROLE_ADMIN");
    }
}
