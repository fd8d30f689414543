package occi.platform.shell.ssh.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Where the remote Gogo shell listens and who may log in. */
@ObjectClassDefinition(name = "Remote shell over SSH",
        description = "The Gogo shell (occi:, confine:, lb ...) over SSH, for a container without a terminal. Off by "
                + "default. On loopback it may accept every local client; on any other address it starts only with "
                + "authorized keys or users.")
public @interface SshShellConfig {

    String PID = "platform.shell.ssh";

    @AttributeDefinition(name = "Enabled", description = "Whether the SSH server listens at all.")
    boolean enabled() default false;

    @AttributeDefinition(name = "Host",
            description = "Address to listen on. Loopback (127.0.0.1, ::1, localhost) by default; any other address "
                    + "(0.0.0.0 for all) only with authorized keys or users, otherwise the shell does not start.")
    String host() default "127.0.0.1";

    @AttributeDefinition(name = "Port", description = "TCP port to listen on (0: a free one, logged at start).",
            min = "0", max = "65535")
    int port() default 8022;

    @AttributeDefinition(name = "Authorized keys",
            description = "An OpenSSH authorized_keys file: a client with one of its keys may log in, under any user "
                    + "name. Relative: against the folder the container was started from. Re-read when it changes.")
    String authorized_keys() default "";

    @AttributeDefinition(name = "Users", type = AttributeType.PASSWORD,
            description = "Users who may log in with a password, each 'name:password'. The password is best given as "
                    + "the PBKDF2 hash occi.security makes (pbkdf2-sha256:<iterations>:<salt>:<hash>); a clear one is "
                    + "hashed in memory at start. Compared in constant time.")
    String[] users() default {};
}
