package confine.orm.internal.occi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which CONFINE identity an authenticated OCCI user acts as, read from a testbed
 * configuration: {@code principal.map} entries {@code occiUser=confineUser}, with the
 * CONFINE user's password in the private {@code .principal.passwords} (entries
 * {@code occiUser=password}) or an API token in the private {@code .principal.tokens}
 * (entries {@code occiUser=token}; a token wins over a password). An entry that cannot
 * be used is reported in {@link #problems()} (naming the OCCI user, never a secret) and
 * left out, so that user acts with the testbed's default identity.
 */
final class PrincipalMap {

    /** The CONFINE identity of one OCCI user: a user name with a password, or a token. */
    record Credentials(String confineUser, String password, String token) {
        @Override
        public String toString() {
            return "Credentials[" + confineUser + (token != null ? ", token" : ", password") + "]"; // never the secret
        }
    }

    private final Map<String, Credentials> byOcciUser;
    private final List<String> problems;

    private PrincipalMap(Map<String, Credentials> byOcciUser, List<String> problems) {
        this.byOcciUser = Collections.unmodifiableMap(byOcciUser);
        this.problems = List.copyOf(problems);
    }

    static PrincipalMap parse(String[] map, String[] passwords, String[] tokens) {
        List<String> problems = new ArrayList<>();
        Map<String, String> users = entries("principal.map", map, problems, true);
        Map<String, String> secrets = entries(".principal.passwords", passwords, problems, false);
        Map<String, String> tokenSecrets = entries(".principal.tokens", tokens, problems, false);
        Map<String, Credentials> result = new LinkedHashMap<>();
        users.forEach((occiUser, confineUser) -> {
            String token = tokenSecrets.get(occiUser);
            String password = secrets.get(occiUser);
            if (token != null) {
                result.put(occiUser, new Credentials(confineUser, null, token));
            } else if (password != null) {
                result.put(occiUser, new Credentials(confineUser, password, null));
            } else {
                problems.add("principal.map: OCCI user " + occiUser + " has neither a password in .principal.passwords nor a token "
                        + "in .principal.tokens; it acts with the testbed's default identity");
            }
        });
        for (String occiUser : secrets.keySet()) {
            if (!users.containsKey(occiUser)) {
                problems.add(".principal.passwords names OCCI user " + occiUser + ", who is not in principal.map; ignored");
            }
        }
        for (String occiUser : tokenSecrets.keySet()) {
            if (!users.containsKey(occiUser)) {
                problems.add(".principal.tokens names OCCI user " + occiUser + ", who is not in principal.map; ignored");
            }
        }
        return new PrincipalMap(result, problems);
    }

    /** {@code key=value} entries; {@code showValue} false keeps secrets out of the problems. */
    private static Map<String, String> entries(String property, String[] values, List<String> problems, boolean showValue) {
        Map<String, String> entries = new LinkedHashMap<>();
        String[] given = values == null ? new String[0] : values;
        for (int n = 0; n < given.length; n++) {
            String entry = given[n];
            if (entry == null || entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            String key = eq < 0 ? entry.strip() : entry.substring(0, eq).strip();
            String value = eq < 0 ? "" : entry.substring(eq + 1).strip();
            if (eq <= 0 || key.isEmpty() || value.isEmpty()) {
                // a malformed secret entry may be the bare secret itself: name it by position only
                problems.add(property + ": entry " + (showValue ? "'" + entry + "'" : "#" + (n + 1))
                        + " is not occiUser=" + (showValue ? "confineUser" : "secret") + "; ignored");
            } else if (entries.putIfAbsent(key, value) != null) {
                problems.add(property + ": OCCI user " + key + " is given twice; the first entry is used");
            }
        }
        return entries;
    }

    /** The CONFINE identity of an OCCI user, if mapped (an anonymous request, {@code null}, never is). */
    Optional<Credentials> of(String occiUser) {
        return occiUser == null ? Optional.empty() : Optional.ofNullable(byOcciUser.get(occiUser));
    }

    /** The mapped OCCI users. */
    java.util.Set<String> occiUsers() {
        return byOcciUser.keySet();
    }

    /** What was wrong with the configuration, one sentence each (no secrets). */
    List<String> problems() {
        return problems;
    }
}
