package org.relieve.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private static final PasswordPolicy POLICY = PasswordPolicy.withShippedList();

    @Test
    void theShippedListHoldsThousandsOfCommonPasswords() {
        assertThat(POLICY.size()).isGreaterThan(5_000);
    }

    @Test
    void aLongUnusualPassphraseIsAccepted() {
        assertThat(POLICY.problemWith("kettle-orbit-saffron-lamp", "lee", "Maya Lee")).isEmpty();
    }

    @Test
    void elevenCharactersAreTooFewAndTwelveAreEnough() {
        assertThat(POLICY.problemWith("kettle-orbi", "arif", "Arif Santoso")).contains(StaffRules.PASSWORD_MESSAGE);
        assertThat(POLICY.problemWith("kettle-orbit", "arif", "Arif Santoso")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "Password1234", "qwertyuiop123", "123456789012", "iloveyou2024",
            "  Sunshine123456 ", "Welcome12345", "massage12345", "aaaaaaaaaaaa", "1q2w3e4r5t6y"})
    void commonPasswordsAreRefusedWhateverTheirCase(String common) {
        assertThat(POLICY.problemWith(common, "arif", "Arif Santoso")).contains(PasswordPolicy.TOO_COMMON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"therapist2-is-me", "my-name-is-SANTOSO", "arif-and-the-backs", "arifsantoso!!"})
    void theUsernameOrThePersonsNameIsRefusedInside(String named) {
        assertThat(POLICY.problemWith(named, "therapist2", "Arif Santoso")).contains(PasswordPolicy.CONTAINS_NAME);
    }

    @Test
    void aPasswordBCryptWouldTruncateIsRefusedCountingBytesNotLetters() {
        // found by the API fuzzing: 30 Korean letters are 90 bytes, and the encoder refused them with a 500
        assertThat(POLICY.problemWith("a".repeat(72), "lee", "Maya Lee")).isEmpty();
        assertThat(POLICY.problemWith("a".repeat(73), "lee", "Maya Lee")).contains(StaffRules.PASSWORD_MESSAGE);
        assertThat(POLICY.problemWith("쯨䋏௻賘녹辐ڤꚞ凥웾룩醦唿⽊겷쯨䋏௻賘녹辐ڤꚞ凥웾", "lee", "Maya Lee"))
                .contains(PasswordPolicy.TOO_MANY_BYTES);
    }

    @Test
    void twoLetterNamePartsAreIgnoredTheyHideInsideOrdinaryWords() {
        assertThat(POLICY.problemWith("a-quiet-kettle-hums", "lu", "Lu Xi")).isEmpty();
    }
}
