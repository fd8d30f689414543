package occi.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

    @Test
    void aHashMatchesItsPasswordAndNoOther() {
        String stored = PasswordHash.hash("s3cret".toCharArray());

        assertThat(stored).startsWith("pbkdf2-sha256:").doesNotContain("s3cret");
        assertThat(PasswordHash.matches("s3cret".toCharArray(), stored)).isTrue();
        assertThat(PasswordHash.matches("s3cret ".toCharArray(), stored)).isFalse();
        assertThat(PasswordHash.matches("".toCharArray(), stored)).isFalse();
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertThat(PasswordHash.hash("a".toCharArray())).isNotEqualTo(PasswordHash.hash("a".toCharArray()));
    }

    @Test
    void malformedOrClearStoredValuesNeverMatch() {
        assertThat(PasswordHash.matches("x".toCharArray(), "x")).isFalse();
        assertThat(PasswordHash.matches("x".toCharArray(), null)).isFalse();
        assertThat(PasswordHash.matches("x".toCharArray(), "pbkdf2-sha256:notanumber:AA==:AA==")).isFalse();
        assertThat(PasswordHash.matches("x".toCharArray(), "pbkdf2-sha256:1:%%%:AA==")).isFalse();
        assertThat(PasswordHash.isHash("x")).isFalse();
    }

    @Test
    void onlyHashesWithAPositiveWorkFactorAndBase64PartsAreWellFormed() {
        assertThat(PasswordHash.isWellFormed(PasswordHash.hash("p".toCharArray()))).isTrue();
        assertThat(PasswordHash.isHash("pbkdf2-sha256:x")).isTrue();
        assertThat(PasswordHash.isWellFormed("pbkdf2-sha256:x")).isFalse();
        assertThat(PasswordHash.isWellFormed("pbkdf2-sha256:0:AA==:AA==")).isFalse();
        assertThat(PasswordHash.isWellFormed("pbkdf2-sha256:1:%%%:AA==")).isFalse();
        assertThat(PasswordHash.isWellFormed(null)).isFalse();
        assertThat(PasswordHash.matches("x".toCharArray(), "pbkdf2-sha256:0:AA==:AA==")).isFalse();
    }

    @Test
    void aHashMadeWithAnotherWorkFactorStillMatches() {
        // the format of occi.security's and the SSH shell's configurations: a hash keeps its iterations
        String stored = "pbkdf2-sha256:1000:c2FsdHNhbHRzYWx0c2FsdA==:"
                + java.util.Base64.getEncoder().encodeToString(derive("pw", "saltsaltsaltsalt", 1000));
        assertThat(PasswordHash.matches("pw".toCharArray(), stored)).isTrue();
        assertThat(PasswordHash.matches("pW".toCharArray(), stored)).isFalse();
    }

    private static byte[] derive(String password, String salt, int iterations) {
        try {
            return javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(
                    new javax.crypto.spec.PBEKeySpec(password.toCharArray(), salt.getBytes(java.nio.charset.StandardCharsets.US_ASCII), iterations, 256))
                    .getEncoded();
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
