package org.relieve.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TwoFactorSecretCipherTest {

    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    @Test
    void withAKeyTheStoredSecretIsEncryptedAndOpensAgain() {
        TwoFactorSecretCipher cipher = new TwoFactorSecretCipher("a long installation passphrase");

        String sealed = cipher.seal(SECRET);

        assertThat(sealed).startsWith("aes:").doesNotContain(SECRET);
        assertThat(cipher.seal(SECRET)).as("a fresh IV each time").isNotEqualTo(sealed);
        assertThat(cipher.open(sealed)).isEqualTo(SECRET);
    }

    @Test
    void anotherKeyCannotOpenIt() {
        String sealed = new TwoFactorSecretCipher("the first passphrase").seal(SECRET);

        assertThatThrownBy(() -> new TwoFactorSecretCipher("another passphrase").open(sealed))
                .hasMessageContaining("encryption key changed");
    }

    @Test
    void secretsStoredBeforeAKeyWasSetStayReadable() {
        String plain = new TwoFactorSecretCipher("").seal(SECRET);

        assertThat(plain).isEqualTo("plain:" + SECRET);
        assertThat(new TwoFactorSecretCipher("now with a key").open(plain)).isEqualTo(SECRET);
    }
}
