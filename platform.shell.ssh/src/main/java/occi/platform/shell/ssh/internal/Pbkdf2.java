package occi.platform.shell.ssh.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashes in the format of {@code occi.security}'s accounts,
 * {@code pbkdf2-sha256:<iterations>:<salt, base64>:<hash, base64>}, so that a hash made there can be
 * given here as it is.
 */
final class Pbkdf2 {

    static final String PREFIX = "pbkdf2-sha256:";
    /** The same work factor as occi.security's. */
    static final int ITERATIONS = 120_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Pbkdf2() {}

    static boolean isHash(String value) {
        return value.startsWith(PREFIX);
    }

    /** Whether a value given as a hash is one this class can check. */
    static boolean isWellFormed(String hash) {
        try {
            parse(hash);
            return true;
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /** A new salted hash. */
    static String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder();
        return PREFIX + ITERATIONS + ":" + base64.encodeToString(salt) + ":"
                + base64.encodeToString(derive(password, salt, ITERATIONS));
    }

    /** Whether the password matches; the hashes are compared in constant time. */
    static boolean matches(char[] password, String hash) {
        Parsed parsed = parse(hash);
        return MessageDigest.isEqual(parsed.hash, derive(password, parsed.salt, parsed.iterations));
    }

    private record Parsed(int iterations, byte[] salt, byte[] hash) {}

    private static Parsed parse(String hash) {
        String[] parts = hash.split(":");
        if (parts.length != 4 || !hash.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not " + PREFIX + "<iterations>:<salt>:<hash>");
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
