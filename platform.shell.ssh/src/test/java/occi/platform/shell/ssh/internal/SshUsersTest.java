package occi.platform.shell.ssh.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import occi.platform.auth.PasswordHash;
import org.junit.jupiter.api.Test;

class SshUsersTest {

    @Test
    void clearAndHashedPasswordsAreCheckedAndNothingElseMatches() {
        String hash = PasswordHash.hash("hashed one".toCharArray());
        SshUsers users = SshUsers.parse(new String[] {"ops:clear: with colon", "auditor:" + hash, " "});
        assertThat(users.names()).containsExactly("ops", "auditor");
        assertThat(users.check("ops", "clear: with colon")).isTrue();
        assertThat(users.check("auditor", "hashed one")).isTrue();
        assertThat(users.check("ops", "hashed one")).isFalse();
        assertThat(users.check("auditor", hash)).as("the hash is not the password").isFalse();
        assertThat(users.check("nobody", "clear: with colon")).isFalse();
        assertThat(users.check("ops", null)).isFalse();
    }

    @Test
    void malformedEntriesAreRefusedNamingTheUserNeverTheSecret() {
        assertThatThrownBy(() -> SshUsers.parse(new String[] {"lonely"})).hasMessageContaining("'lonely'");
        assertThatThrownBy(() -> SshUsers.parse(new String[] {"ops:"})).hasMessageContaining("'ops'");
        assertThatThrownBy(() -> SshUsers.parse(new String[] {"ops:pbkdf2-sha256:x:secret"}))
                .hasMessageContaining("'ops'").hasMessageNotContaining("secret");
        assertThat(SshUsers.parse(null).isEmpty()).isTrue();
    }
}
