package org.relieve.staff;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts two-factor secrets at rest (AES-256-GCM) with a key from
 * {@code relieve.two-factor.encryption-key} ({@code RELIEVE_TWO_FACTOR_ENCRYPTION_KEY}), so a copy
 * of the database alone cannot make codes. Without a key the secret is stored as it is, with a
 * warning at start-up; values written either way stay readable once a key is set.
 */
@Component
class TwoFactorSecretCipher {

    private static final Logger log = LoggerFactory.getLogger(TwoFactorSecretCipher.class);
    private static final String ENCRYPTED = "aes:";
    private static final String PLAIN = "plain:";
    private static final byte[] KEY_SALT = "relieve-two-factor-secret".getBytes(StandardCharsets.UTF_8);
    private static final int IV_BYTES = 12;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    TwoFactorSecretCipher(@Value("${relieve.two-factor.encryption-key:}") String passphrase) {
        this.key = passphrase.isBlank() ? null : deriveKey(passphrase);
        if (key == null) {
            log.warn("relieve.two-factor.encryption-key is not set: two-factor secrets are stored unencrypted");
        }
    }

    String seal(String secret) {
        if (key == null) {
            return PLAIN + secret;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.US_ASCII));
            return ENCRYPTED + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt a two-factor secret", e);
        }
    }

    String open(String stored) {
        if (stored.startsWith(PLAIN)) {
            return stored.substring(PLAIN.length());
        }
        if (key == null) {
            throw new IllegalStateException("Two-factor secrets are encrypted but relieve.two-factor.encryption-key is not set");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(stored.substring(ENCRYPTED.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, bytes, 0, IV_BYTES));
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A two-factor secret cannot be decrypted: was the encryption key changed?", e);
        }
    }

    private static SecretKeySpec deriveKey(String passphrase) {
        try {
            PBEKeySpec spec = new PBEKeySpec(passphrase.toCharArray(), KEY_SALT, 210_000, 256);
            byte[] raw = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return new SecretKeySpec(raw, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot derive the two-factor encryption key", e);
        }
    }
}
