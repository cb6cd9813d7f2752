package org.relieve.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import org.relieve.audit.AuditAction;
import org.relieve.audit.AuditTrail;
import org.relieve.common.BusinessRuleException;
import org.relieve.common.ClinicProperties;
import org.relieve.common.RecordNotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Optional two-factor sign-in (TOTP): each person enrols and turns it off for their own account;
 * administrators can require it for everyone and reset it for someone who lost their phone. The
 * sign-in methods carry no method security because nobody is fully signed in when they run; only
 * the security layer calls them.
 */
@Service
@Transactional
public class TwoFactorService {

    private static final String TARGET = "StaffAccount";
    private static final int RECOVERY_CODES = 10;

    private final StaffAccountRepository accounts;
    private final StaffTwoFactorRepository twoFactors;
    private final RecoveryCodeRepository recoveryCodes;
    private final SignInSettingRepository settings;
    private final TwoFactorSecretCipher cipher;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail auditTrail;
    private final ClinicProperties clinic;
    private final Clock clock;
    private final TotpCodes codes;

    TwoFactorService(StaffAccountRepository accounts, StaffTwoFactorRepository twoFactors,
                     RecoveryCodeRepository recoveryCodes, SignInSettingRepository settings,
                     TwoFactorSecretCipher cipher, PasswordEncoder passwordEncoder, AuditTrail auditTrail,
                     ClinicProperties clinic, Clock clock) {
        this.accounts = accounts;
        this.twoFactors = twoFactors;
        this.recoveryCodes = recoveryCodes;
        this.settings = settings;
        this.cipher = cipher;
        this.passwordEncoder = passwordEncoder;
        this.auditTrail = auditTrail;
        this.clinic = clinic;
        this.clock = clock;
        this.codes = new TotpCodes(clock);
    }

    // --- one's own account

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public TwoFactorStatus myStatus() {
        StaffAccount account = me();
        return twoFactors.findById(account.getId()).filter(StaffTwoFactor::isConfirmed)
                .map(confirmed -> new TwoFactorStatus(true, confirmed.confirmedAt(),
                        recoveryCodes.countByStaffAccountIdAndUsedAtIsNull(account.getId())))
                .orElse(TwoFactorStatus.OFF);
    }

    /** A new secret for the signed-in person; it counts only once {@link #confirmEnrolment} sees a code from it. */
    @PreAuthorize("isAuthenticated()")
    public TwoFactorEnrolment startEnrolment() {
        StaffAccount account = me();
        twoFactors.findById(account.getId()).ifPresent(existing -> {
            if (existing.isConfirmed()) {
                throw new BusinessRuleException("Two-factor sign-in is already on. Turn it off first to move it to another phone.");
            }
            twoFactors.delete(existing);
            twoFactors.flush();
        });
        String secret = TotpCodes.newSecret();
        twoFactors.save(new StaffTwoFactor(account.getId(), cipher.seal(secret)));
        QrData qrData = new QrData.Builder()
                .label(account.getUsername())
                .secret(secret)
                .issuer(clinic.name())
                .algorithm(HashingAlgorithm.SHA1)
                .digits(TotpCodes.DIGITS)
                .period(TotpCodes.PERIOD_SECONDS)
                .build();
        return new TwoFactorEnrolment(secret, qrData);
    }

    /**
     * Turns two-factor sign-in on once the app proves it holds the secret.
     *
     * @return the one-time recovery codes, shown to their owner this once and kept only as hashes
     */
    @PreAuthorize("isAuthenticated()")
    public List<String> confirmEnrolment(String code) {
        StaffAccount account = me();
        StaffTwoFactor pending = twoFactors.findById(account.getId()).filter(twoFactor -> !twoFactor.isConfirmed())
                .orElseThrow(() -> new BusinessRuleException("No enrolment is waiting for a code: start again."));
        long step = codes.matchingStep(cipher.open(pending.sealedSecret()), code)
                .orElseThrow(() -> new BusinessRuleException(
                        "That code is not right. Type the six digits the app shows now for this account."));
        pending.confirm(clock.instant(), step);
        List<String> issued = issueRecoveryCodes(account.getId());
        auditTrail.record(AuditAction.UPDATE, TARGET, account.getId(), null, "two-factor sign-in turned on");
        return issued;
    }

    /** Turning it off needs proof it is really the owner: a current code or the password. */
    @PreAuthorize("isAuthenticated()")
    public void disable(String codeOrPassword) {
        StaffAccount account = me();
        StaffTwoFactor twoFactor = twoFactors.findForUpdate(account.getId()).filter(StaffTwoFactor::isConfirmed)
                .orElseThrow(() -> new BusinessRuleException("Two-factor sign-in is not on for your account."));
        String proof = codeOrPassword == null ? "" : codeOrPassword;
        OptionalLong step = codes.matchingStep(cipher.open(twoFactor.sealedSecret()), proof);
        boolean codeOk = step.isPresent() && !twoFactor.alreadyUsed(step.getAsLong());
        if (!codeOk && !passwordEncoder.matches(proof, account.getPasswordHash())) {
            throw new BusinessRuleException("Enter a current code from your app, or your password.");
        }
        remove(account.getId());
        auditTrail.record(AuditAction.UPDATE, TARGET, account.getId(), null, "two-factor sign-in turned off by its owner");
    }

    // --- sign-in: called by the security layer before anyone is fully signed in

    @Transactional(readOnly = true)
    public boolean isEnabledFor(String username) {
        return accounts.findByUsername(username)
                .flatMap(account -> twoFactors.findById(account.getId()))
                .map(StaffTwoFactor::isConfirmed)
                .orElse(false);
    }

    /**
     * The second sign-in step: a code from the app (this 30-second step or the one before, never one
     * already used) or an unused recovery code. Every wrong code is audited and counted; after
     * {@value StaffTwoFactor#MAX_FAILED_ATTEMPTS} in a row codes are not checked for five minutes.
     */
    public LoginCodeResult verifyLoginCode(String username, String code) {
        StaffAccount account = accounts.findByUsername(username)
                .orElseThrow(() -> new RecordNotFoundException("Staff account", username));
        StaffTwoFactor twoFactor = twoFactors.findForUpdate(account.getId()).filter(StaffTwoFactor::isConfirmed)
                .orElseThrow(() -> new BusinessRuleException("Two-factor sign-in is not on for this account."));
        Instant now = clock.instant();
        if (twoFactor.lockedAt(now)) {
            audit(username, AuditAction.LOGIN_FAILED, account, "two-factor code not checked: too many wrong codes");
            return LoginCodeResult.LOCKED;
        }
        String typed = code == null ? "" : code.strip();
        OptionalLong step = codes.matchingStep(cipher.open(twoFactor.sealedSecret()), typed);
        if (step.isPresent() && !twoFactor.alreadyUsed(step.getAsLong())) {
            twoFactor.accept(step.getAsLong());
            audit(username, AuditAction.LOGIN_SUCCEEDED, account, "two-factor code accepted");
            return LoginCodeResult.ACCEPTED;
        }
        var recoveryCode = step.isPresent() || typed.isEmpty() ? java.util.Optional.<RecoveryCode>empty()
                : recoveryCodes.findFirstByStaffAccountIdAndCodeHashAndUsedAtIsNull(account.getId(), RecoveryCode.hash(typed));
        if (recoveryCode.isPresent()) {
            recoveryCode.get().use(now);
            twoFactor.acceptRecoveryCode();
            recoveryCodes.flush();
            audit(username, AuditAction.LOGIN_SUCCEEDED, account, "recovery code used, "
                    + recoveryCodes.countByStaffAccountIdAndUsedAtIsNull(account.getId()) + " left");
            return LoginCodeResult.ACCEPTED_RECOVERY_CODE;
        }
        int inARow = twoFactor.recordFailure(now);
        audit(username, AuditAction.LOGIN_FAILED, account,
                (step.isPresent() ? "two-factor code used before (replay refused)" : "wrong two-factor code")
                        + ", " + inARow + " in a row");
        return inARow >= StaffTwoFactor.MAX_FAILED_ATTEMPTS ? LoginCodeResult.LOCKED : LoginCodeResult.WRONG;
    }

    @Transactional(readOnly = true)
    public boolean requiredForEveryone() {
        return settings.theOne().isTwoFactorRequired();
    }

    // --- administration

    @PreAuthorize("hasRole('ADMIN')")
    public void requireForEveryone(boolean required) {
        SignInSetting setting = settings.theOne();
        if (setting.isTwoFactorRequired() == required) {
            return;
        }
        setting.requireTwoFactor(required, SecurityContextHolder.getContext().getAuthentication().getName(),
                clock.instant());
        auditTrail.record(AuditAction.UPDATE, "SignInSetting", SignInSetting.THE_ONE, null,
                required ? "two-factor sign-in required for everyone" : "two-factor sign-in optional");
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Set<Long> enrolledAccountIds() {
        return Set.copyOf(twoFactors.findConfirmedAccountIds());
    }

    /** For someone who lost their phone and their recovery codes: they sign in with the password again. */
    @PreAuthorize("hasRole('ADMIN')")
    public void resetFor(long staffAccountId) {
        StaffAccount account = accounts.findById(staffAccountId)
                .orElseThrow(() -> new RecordNotFoundException("Staff account", staffAccountId));
        if (twoFactors.findById(staffAccountId).isEmpty()) {
            throw new BusinessRuleException(account.getUsername() + " has no two-factor sign-in to reset.");
        }
        remove(staffAccountId);
        auditTrail.record(AuditAction.UPDATE, TARGET, staffAccountId, null,
                "two-factor sign-in reset by an administrator");
    }

    private List<String> issueRecoveryCodes(long accountId) {
        recoveryCodes.deleteForAccount(accountId);
        String[] fresh = new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES);
        recoveryCodes.saveAll(Arrays.stream(fresh).map(code -> new RecoveryCode(accountId, code)).toList());
        return List.of(fresh);
    }

    private void remove(long accountId) {
        recoveryCodes.deleteForAccount(accountId);
        twoFactors.deleteById(accountId);
    }

    private void audit(String username, AuditAction action, StaffAccount account, String detail) {
        auditTrail.recordFor(username, action, TARGET, account.getId(), null, detail);
    }

    private StaffAccount me() {
        String username = SecurityContextHolder.getContext().getAuthentication().getName();
        return accounts.findByUsername(username).orElseThrow(() -> new RecordNotFoundException("Staff account", username));
    }
}
