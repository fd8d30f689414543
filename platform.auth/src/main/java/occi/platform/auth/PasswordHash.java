package occi.platform.auth;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted password hashes, PBKDF2 with HMAC-SHA256, in one self-describing string:
 * {@code pbkdf2-sha256:<iterations>:<salt, base64>:<hash, base64>}. Only these strings are kept in
 * configurations; the clear password never is. One format for every bundle that checks passwords
 * ({@code occi.security}'s users, the SSH shell's), so that a hash made for one is accepted by the other.
 *
 * @since 1.1
 */
public final class PasswordHash {

    /** The scheme every hash starts with, followed by {@code ':'}. */
    public static final String PREFIX = "pbkdf2-sha256";
    /** The work factor of new hashes; a stored hash keeps the one it was made with. */
    public static final int ITERATIONS = 120_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHash() {}

    /** A new salted hash of the password. */
    public static String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder();
        return PREFIX + ":" + ITERATIONS + ":" + base64.encodeToString(salt) + ":"
                + base64.encodeToString(derive(password, salt, ITERATIONS));
    }

    /**
     * Whether the password matches the stored hash, compared in constant time (no timing hint about
     * how much matched); false for a malformed or missing one.
     */
    public static boolean matches(char[] password, String stored) {
        try {
            Parsed parsed = parse(stored);
            return MessageDigest.isEqual(parsed.hash(), derive(password, parsed.salt(), parsed.iterations()));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /** Whether a configured value is meant as a hash (rather than a clear password to hash). */
    public static boolean isHash(String value) {
        return value != null && value.startsWith(PREFIX + ":");
    }

    /** Whether a value is a hash {@link #matches} can check (a hash, with a positive work factor and base64 parts). */
    public static boolean isWellFormed(String value) {
        try {
            parse(value);
            return true;
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private record Parsed(int iterations, byte[] salt, byte[] hash) {}

    private static Parsed parse(String stored) {
        String[] parts = stored == null ? new String[0] : stored.split(":");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            throw new IllegalArgumentException("not " + PREFIX + ":<iterations>:<salt>:<hash>");
        }
        int iterations = Integer.parseInt(parts[1]);
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
        return new Parsed(iterations, Base64.getDecoder().decode(parts[2]), Base64.getDecoder().decode(parts[3]));
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", e);
        } finally {
            spec.clearPassword();
        }
    }
}
