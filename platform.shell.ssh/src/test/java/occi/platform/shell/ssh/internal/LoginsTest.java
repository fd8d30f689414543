package occi.platform.shell.ssh.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import org.junit.jupiter.api.Test;

class LoginsTest {

    @Test
    void beyondLoopbackOnlyWithKeysOrUsers() {
        assertThat(logins("", new String[0]).refusal("127.0.0.1")).isNull();
        assertThat(logins("", new String[0]).refusal("localhost")).isNull();
        assertThat(logins("", new String[0]).refusal("::1")).isNull();
        assertThat(logins("", new String[0]).refusal("0.0.0.0")).contains("beyond loopback").contains("authorized.keys");
        assertThat(logins("", new String[0]).refusal("")).as("every interface").isNotNull();
        assertThat(logins("", new String[0]).refusal("192.0.2.7")).isNotNull();
        assertThat(logins("keys", new String[0]).refusal("0.0.0.0")).isNull();
        assertThat(logins("", new String[] {"ops:pw"}).refusal("0.0.0.0")).isNull();
    }

    @Test
    void describesWhoMayLogIn() {
        assertThat(logins("", new String[0]).describe()).contains("every local client");
        assertThat(logins("", new String[] {"ops:pw"}).describe()).isEqualTo("passwords of ops");
        assertThat(logins("/nowhere/keys", new String[0]).describe()).contains("/nowhere/keys").contains("not there yet");
    }

    private static SshShellComponent.Logins logins(String keys, String[] users) {
        return SshShellComponent.Logins.of(new SshShellConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return SshShellConfig.class;
            }

            @Override
            public boolean enabled() {
                return true;
            }

            @Override
            public String host() {
                return "127.0.0.1";
            }

            @Override
            public int port() {
                return 0;
            }

            @Override
            public String authorized_keys() {
                return keys;
            }

            @Override
            public String[] users() {
                return users;
            }
        });
    }
}
