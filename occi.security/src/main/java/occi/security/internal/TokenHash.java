package occi.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Bearer tokens are long random strings, so a plain SHA-256 digest is enough to keep
 * them out of configurations: {@code sha256:<hex>}.
 */
final class TokenHash {

    static final String PREFIX = "sha256:";

    private TokenHash() {}

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static boolean isHash(String value) {
        return value != null && value.startsWith(PREFIX);
    }
}
