package org.relieve.staff;

import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;

/**
 * What a person needs to add the account to an authenticator app: the secret to type in, or the
 * {@code otpauth://} link as a QR code to scan. Exists only until enrolment is confirmed.
 */
public record TwoFactorEnrolment(String secret, QrData qrData) {

    public String otpauthUri() {
        return qrData.getUri();
    }

    /** The secret in groups of four, easier to type than 32 letters in a row. */
    public String secretForTyping() {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    /** The QR code as a PNG, drawn here (ZXing) so the secret never goes to an outside service. */
    public byte[] qrCodePng() {
        try {
            ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
            generator.setImageSize(240);
            return generator.generate(qrData);
        } catch (QrGenerationException e) {
            throw new IllegalStateException("Cannot draw the enrolment QR code", e);
        }
    }

    @Override
    public String toString() {
        return "TwoFactorEnrolment[secret hidden]"; // never in a log by accident
    }
}
