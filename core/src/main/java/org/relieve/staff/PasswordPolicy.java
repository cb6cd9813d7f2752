package org.relieve.staff;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a staff password must be (OWASP ASVS 5.0, chapter 6): long enough, not one of the passwords
 * guessed first, and not built from the account's own username or the person's name. No rules about
 * digits or symbols: length beats composition, and composition rules breed "Password1!".
 */
final class PasswordPolicy {

    static final String COMMON_PASSWORDS = "common-passwords.txt";
    static final String TOO_COMMON =
            "This password is on the list of common passwords that are guessed first. Choose another: a few unrelated words work well.";
    static final String CONTAINS_NAME = "A password must not contain the account's username or the person's name.";
    static final String TOO_MANY_BYTES =
            "This password is too long to store safely: at most 72 plain letters and digits, fewer with accented or non-Latin letters.";

    /** Parts of a name shorter than this are too common inside ordinary words to refuse. */
    private static final int SHORTEST_NAME_PART = 3;

    private final Set<String> common;

    PasswordPolicy(Set<String> common) {
        this.common = common.stream().map(PasswordPolicy::normalize).collect(Collectors.toUnmodifiableSet());
    }

    /** The policy with the list shipped in this package. */
    static PasswordPolicy withShippedList() {
        try (InputStream list = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (list == null) {
                throw new IllegalStateException("The common-password list " + COMMON_PASSWORDS + " is missing");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8));
            return new PasswordPolicy(lines.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .collect(Collectors.toSet()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Why the password may not be used, in words for its owner; empty if it may. */
    Optional<String> problemWith(String password, String username, String displayName) {
        if (password == null || password.length() < StaffRules.MIN_PASSWORD_LENGTH
                || password.length() > StaffRules.MAX_PASSWORD_BYTES) {
            return Optional.of(StaffRules.PASSWORD_MESSAGE);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > StaffRules.MAX_PASSWORD_BYTES) {
            return Optional.of(TOO_MANY_BYTES);
        }
        String normalized = normalize(password);
        if (common.contains(normalized)) {
            return Optional.of(TOO_COMMON);
        }
        if (nameParts(username, displayName).anyMatch(normalized::contains)) {
            return Optional.of(CONTAINS_NAME);
        }
        return Optional.empty();
    }

    int size() {
        return common.size();
    }

    private static Stream<String> nameParts(String username, String displayName) {
        Stream<String> nameWords = displayName == null ? Stream.empty()
                : Stream.concat(Stream.of(displayName.replaceAll("[^\\p{L}\\p{N}]", "")),
                Arrays.stream(displayName.split("[^\\p{L}\\p{N}]+")));
        return Stream.concat(Stream.ofNullable(username), nameWords)
                .map(PasswordPolicy::normalize)
                .filter(part -> part.length() >= SHORTEST_NAME_PART);
    }

    private static String normalize(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
