package occi.security.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.List;
import java.util.Map;
import java.util.Set;
import occi.platform.auth.PasswordHash;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * One user who may call the platform's HTTP APIs, from a factory configuration
 * ({@value #FACTORY_PID}). A password or token typed in clear (in the web console or a
 * {@code conf/occi.security.user-alice.cfg} file) is replaced in Config Admin's copy of the
 * configuration by its hash as soon as the account is activated. A file in {@code conf/} is not
 * written back (the platform turns FileInstall's write-back off), so it keeps what was typed
 * unless it gives the hashes itself, which are then used as they are.
 */
@Component(service = UserAccount.class, configurationPid = UserAccount.FACTORY_PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = UserAccount.Config.class, factory = true)
public class UserAccount {

    static final String FACTORY_PID = "occi.security.user";

    @ObjectClassDefinition(name = "OCCI user", description = "A user who may call the OCCI server with HTTP Basic "
            + "or a bearer token. Secrets typed here are replaced by their salted hashes at once.")
    public @interface Config {
        @AttributeDefinition(name = "User name", description = "The name given in HTTP Basic and seen by backends as the principal.")
        String name();

        @AttributeDefinition(name = "Password", type = AttributeType.PASSWORD,
                description = "Type the password in clear (it is stored as a PBKDF2 hash), or give such a hash "
                        + "(pbkdf2-sha256:<iterations>:<salt>:<hash>).")
        String password() default "";

        @AttributeDefinition(name = "Bearer tokens", description = "Tokens this user may present as "
                + "'Authorization: Bearer <token>'; they are stored as SHA-256 digests (sha256:<hex>), "
                + "which may also be given instead.")
        String[] tokens() default {};

        @AttributeDefinition(name = "Roles", description = "Roles a backend may check (isUserInRole).")
        String[] roles() default {};
    }

    private final ConfigurationAdmin configAdmin;
    private volatile Credentials credentials;

    @Activate
    public UserAccount(@Reference ConfigurationAdmin configAdmin, Config config, Map<String, Object> properties)
            throws IOException {
        this.configAdmin = configAdmin;
        modified(config, properties);
    }

    @Modified
    void modified(Config config, Map<String, Object> properties) throws IOException {
        credentials = new Credentials(config.name(), config.password(), List.of(config.tokens()), Set.of(config.roles()));
        if (credentials.hasClearSecrets()) {
            storeHashes((String) properties.get(org.osgi.framework.Constants.SERVICE_PID));
        }
    }

    /** The user's name. */
    public String name() {
        return credentials.name();
    }

    /** Whether the user has a password at all (a user may have bearer tokens only). */
    public boolean hasPassword() {
        return !credentials.hashedPassword().isEmpty();
    }

    /** Whether the password is this user's. */
    public boolean checkPassword(char[] password) {
        return PasswordHash.matches(password, credentials.hashedPassword());
    }

    /** Whether the bearer token is one of this user's. */
    public boolean holdsToken(String token) {
        return credentials.hashedTokens().contains(TokenHash.hash(token));
    }

    /** The user's roles. */
    public Set<String> roles() {
        return credentials.roles();
    }

    private void storeHashes(String pid) throws IOException {
        Configuration configuration = configAdmin.getConfiguration(pid, "?");
        Dictionary<String, Object> stored = configuration.getProperties();
        if (stored == null) {
            return;
        }
        stored.put("password", credentials.hashedPassword());
        stored.put("tokens", credentials.hashedTokens().toArray(String[]::new));
        configuration.update(stored);
    }

    /** The account's secrets, hashed where they came in clear. */
    private record Credentials(String name, String hashedPassword, List<String> hashedTokens, Set<String> roles,
            boolean hasClearSecrets) {

        Credentials(String name, String password, List<String> tokens, Set<String> roles) {
            this(name, hashPassword(password), tokens.stream().map(t -> TokenHash.isHash(t) ? t : TokenHash.hash(t)).toList(),
                    roles, (!password.isEmpty() && !PasswordHash.isHash(password))
                            || tokens.stream().anyMatch(t -> !TokenHash.isHash(t)));
        }

        private static String hashPassword(String password) {
            if (password.isEmpty() || PasswordHash.isHash(password)) {
                return password;
            }
            char[] clear = password.toCharArray();
            try {
                return PasswordHash.hash(clear);
            } finally {
                Arrays.fill(clear, '\0');
            }
        }
    }
}
