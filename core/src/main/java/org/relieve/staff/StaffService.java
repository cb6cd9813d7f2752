package org.relieve.staff;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.relieve.audit.AuditAction;
import org.relieve.audit.AuditTrail;
import org.relieve.common.BusinessRuleException;
import org.relieve.common.ConflictException;
import org.relieve.common.RecordNotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The staff directory (readable by every signed-in person) and account administration (admins
 * only). Every change to an account is audited.
 */
@Service
@Validated
@Transactional
public class StaffService {

    private static final String TARGET = "StaffAccount";

    private final StaffAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final PasswordPolicy passwordPolicy = PasswordPolicy.withShippedList();

    StaffService(StaffAccountRepository accounts, PasswordEncoder passwordEncoder, AuditTrail auditTrail, Clock clock,
                 ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.auditTrail = auditTrail;
        this.clock = clock;
        this.events = events;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<StaffMember> directory() {
        return accounts.findAllByOrderByDisplayName().stream().map(StaffAccount::toStaffMember).toList();
    }

    /** Enabled staff holding the role, by name: who can be booked, who can be a primary therapist. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<StaffMember> withRole(StaffRole role) {
        return directory().stream().filter(member -> member.enabled() && member.hasRole(role)).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<StaffMember> findByUsername(String username) {
        return accounts.findByUsername(username).map(StaffAccount::toStaffMember);
    }

    /** The staff member signed in on this thread, if any. */
    @Transactional(readOnly = true)
    public Optional<StaffMember> currentMember() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        return accounts.findByUsername(authentication.getName()).map(StaffAccount::toStaffMember);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public StaffMember get(long id) {
        return load(id).toStaffMember();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public StaffMember create(@Valid NewStaffAccount account) {
        StaffMember created = insert(account);
        auditTrail.record(AuditAction.CREATE, TARGET, created.id(), null, "roles " + created.roles());
        return created;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public StaffMember update(long id, @Valid StaffAccountChange change) {
        StaffAccount account = load(id);
        if (account.getVersion() != change.version()) {
            throw ConflictException.staleVersion("The account " + account.getUsername());
        }
        boolean losesAdmin = account.isEnabled() && account.getRoles().contains(StaffRole.ADMIN)
                && (!change.enabled() || !change.roles().contains(StaffRole.ADMIN));
        if (losesAdmin && accounts.countEnabledAdmins() <= 1) {
            throw new BusinessRuleException("At least one enabled administrator must remain, or nobody could manage accounts.");
        }
        boolean disabled = account.isEnabled() && !change.enabled();
        boolean rolesChanged = !account.getRoles().equals(change.roles());
        account.rename(change.displayName().strip());
        account.replaceRoles(change.roles());
        account.setEnabled(change.enabled());
        StaffMember updated = accounts.saveAndFlush(account).toStaffMember();
        auditTrail.record(AuditAction.UPDATE, TARGET, id, null,
                "roles " + updated.roles() + (updated.enabled() ? ", enabled" : ", disabled"));
        if (disabled || rolesChanged) {
            events.publishEvent(new StaffAccessChanged(updated.username(),
                    disabled ? "account disabled" : "roles changed to " + updated.roles()));
        }
        return updated;
    }

    /** Sets a temporary password that its owner must replace at the next login. */
    @PreAuthorize("hasRole('ADMIN')")
    public void resetPassword(long id,
                              @NotBlank(message = "Enter a new password.")
                              @Size(min = StaffRules.MIN_PASSWORD_LENGTH, max = StaffRules.MAX_PASSWORD_BYTES, message = StaffRules.PASSWORD_MESSAGE)
                              String temporaryPassword) {
        StaffAccount account = load(id);
        checkPolicy("temporaryPassword", temporaryPassword, account.getUsername(), account.getDisplayName());
        account.resetPassword(passwordEncoder.encode(temporaryPassword));
        auditTrail.record(AuditAction.UPDATE, TARGET, id, null, "password reset by an administrator");
        events.publishEvent(new StaffAccessChanged(account.getUsername(), "password reset by an administrator"));
    }

    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword,
                                  @NotBlank(message = "Enter a new password.")
                                  @Size(min = StaffRules.MIN_PASSWORD_LENGTH, max = StaffRules.MAX_PASSWORD_BYTES, message = StaffRules.PASSWORD_MESSAGE)
                                  String newPassword) {
        String username = SecurityContextHolder.getContext().getAuthentication().getName();
        StaffAccount account = accounts.findByUsername(username)
                .orElseThrow(() -> new RecordNotFoundException("Staff account", username));
        if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new BusinessRuleException("The current password is not correct.");
        }
        checkPolicy("newPassword", newPassword, account.getUsername(), account.getDisplayName());
        if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
            throw new WeakPasswordException("newPassword", "Choose a password different from the current one.");
        }
        account.changeOwnPassword(passwordEncoder.encode(newPassword));
        auditTrail.record(AuditAction.UPDATE, TARGET, account.getId(), null, "password changed by its owner");
    }

    /**
     * Creates the first administrator of a new installation. Deliberately not role-checked (nobody
     * can sign in yet); it does nothing once any enabled administrator exists.
     *
     * @return whether an account was created
     */
    public boolean createFirstAdministrator(@Valid NewStaffAccount account) {
        if (accounts.countEnabledAdmins() > 0) {
            return false;
        }
        StaffMember created = insert(new NewStaffAccount(account.username(), account.displayName(), account.password(),
                Set.of(StaffRole.ADMIN)));
        auditTrail.recordFor("system", AuditAction.CREATE, TARGET, created.id(), null, "first administrator");
        return true;
    }

    private void checkPolicy(String field, String password, String username, String displayName) {
        passwordPolicy.problemWith(password, username, displayName).ifPresent(problem -> {
            throw new WeakPasswordException(field, problem);
        });
    }

    private StaffMember insert(NewStaffAccount account) {
        String username = account.username().strip();
        checkPolicy("password", account.password(), username, account.displayName());
        if (accounts.existsByUsername(username)) {
            throw new ConflictException("The username '" + username + "' is already taken.");
        }
        StaffAccount entity = new StaffAccount(username, account.displayName().strip(),
                passwordEncoder.encode(account.password()), account.roles(), clock.instant());
        return accounts.saveAndFlush(entity).toStaffMember();
    }

    private StaffAccount load(long id) {
        return accounts.findById(id).orElseThrow(() -> new RecordNotFoundException("Staff account", id));
    }
}
