package occi.platform.shell.ssh.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import occi.platform.auth.PasswordHash;
import org.apache.sshd.server.auth.password.PasswordAuthenticator;
import org.apache.sshd.server.session.ServerSession;

/**
 * The configured password users, every password held only as a PBKDF2 hash. An unknown name is
 * checked against a hash of its own, so that a refusal takes as long whether or not the name
 * exists.
 */
final class SshUsers implements PasswordAuthenticator {

    private final Map<String, String> hashes;
    private final String unknownUser = PasswordHash.hash("no such user".toCharArray());

    private SshUsers(Map<String, String> hashes) {
        this.hashes = hashes;
    }

    /**
     * Reads {@code name:password} entries; a password that is a {@code pbkdf2-sha256:} hash is kept
     * as it is, a clear one is hashed. A malformed entry is an error that names it (never its secret).
     */
    static SshUsers parse(String[] entries) {
        Map<String, String> hashes = new LinkedHashMap<>();
        for (String entry : entries == null ? new String[0] : entries) {
            if (entry == null || entry.isBlank()) {
                continue;
            }
            int colon = entry.indexOf(':');
            String name = colon < 0 ? entry.strip() : entry.substring(0, colon).strip();
            if (colon <= 0 || name.isEmpty() || colon == entry.length() - 1) {
                throw new IllegalArgumentException("users: an entry for '" + name + "' is not 'name:password'");
            }
            String secret = entry.substring(colon + 1);
            if (PasswordHash.isHash(secret) && !PasswordHash.isWellFormed(secret)) {
                throw new IllegalArgumentException("users: the hash of '" + name
                        + "' is not pbkdf2-sha256:<iterations>:<salt, base64>:<hash, base64>");
            }
            hashes.put(name, PasswordHash.isHash(secret) ? secret : PasswordHash.hash(secret.toCharArray()));
        }
        return new SshUsers(hashes);
    }

    boolean isEmpty() {
        return hashes.isEmpty();
    }

    List<String> names() {
        return List.copyOf(hashes.keySet());
    }

    @Override
    public boolean authenticate(String username, String password, ServerSession session) {
        return check(username, password);
    }

    boolean check(String username, String password) {
        String hash = hashes.get(username);
        boolean matches = PasswordHash.matches(password == null ? new char[0] : password.toCharArray(),
                hash == null ? unknownUser : hash);
        return hash != null && matches;
    }
}
