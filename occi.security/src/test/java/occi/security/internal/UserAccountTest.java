package occi.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import occi.platform.auth.PasswordHash;
import org.junit.jupiter.api.Test;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * What the security README promises for a user's .cfg file: secrets may be given already hashed
 * (then nothing is written anywhere), and clear ones are hashed into Config Admin's copy.
 */
class UserAccountTest {

    final List<String> configAdminCalls = new ArrayList<>();
    /** A Config Admin that records what is asked of it and has no configuration to give. */
    final ConfigurationAdmin configAdmin = (ConfigurationAdmin) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {ConfigurationAdmin.class}, (proxy, method, args) -> {
                configAdminCalls.add(method.getName());
                if (method.getName().equals("getConfiguration")) {
                    return configuration();
                }
                throw new UnsupportedOperationException(method.getName());
            });

    @Test
    void aPasswordAndTokenGivenAsHashesAreAcceptedAndNothingIsRewritten() throws Exception {
        String password = PasswordHash.hash("correct horse".toCharArray());
        // what `printf %s s3cr3t-token | sha256sum` prints, with the prefix
        String token = "sha256:" + java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest("s3cr3t-token".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        UserAccount alice = new UserAccount(configAdmin, config("alice", password, token), Map.of("service.pid", "occi.security.user~alice"));

        assertThat(alice.checkPassword("correct horse".toCharArray())).isTrue();
        assertThat(alice.checkPassword("wrong".toCharArray())).isFalse();
        assertThat(alice.holdsToken("s3cr3t-token")).isTrue();
        assertThat(alice.holdsToken("other")).isFalse();
        assertThat(configAdminCalls).as("hashes given are kept as they are").isEmpty();
    }

    @Test
    void aClearPasswordIsHashedIntoConfigAdminsCopy() throws Exception {
        UserAccount bob = new UserAccount(configAdmin, config("bob", "clear text"), Map.of("service.pid", "occi.security.user~bob"));

        assertThat(bob.checkPassword("clear text".toCharArray())).isTrue();
        assertThat(configAdminCalls).as("the hash goes to Config Admin, never to the .cfg file").containsExactly("getConfiguration");
    }

    private static org.osgi.service.cm.Configuration configuration() {
        // no stored properties: the account then has nothing to update
        return (org.osgi.service.cm.Configuration) Proxy.newProxyInstance(UserAccountTest.class.getClassLoader(),
                new Class<?>[] {org.osgi.service.cm.Configuration.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getProperties")) {
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static UserAccount.Config config(String name, String password, String... tokens) {
        return new UserAccount.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return UserAccount.Config.class;
            }

            @Override
            public String name() {
                return name;
            }

            @Override
            public String password() {
                return password;
            }

            @Override
            public String[] tokens() {
                return tokens;
            }

            @Override
            public String[] roles() {
                return new String[0];
            }
        };
    }
}
