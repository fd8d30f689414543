package occi.platform.shell.ssh.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.sshd.common.io.nio2.Nio2ServiceFactoryFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.UserAuthFactory;
import org.apache.sshd.server.auth.UserAuthNoneFactory;
import org.apache.sshd.server.auth.password.UserAuthPasswordFactory;
import org.apache.sshd.server.auth.pubkey.UserAuthPublicKeyFactory;
import org.apache.sshd.server.config.keys.AuthorizedKeysAuthenticator;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The Gogo shell over SSH (Apache SSHD): each SSH session gets a Gogo session of the container's
 * {@link CommandProcessor} on its channel's streams, for a container that runs as a service
 * without a terminal. Off unless configured {@code enabled}. It fails closed: on an address
 * beyond loopback it starts only when authorized keys or users are configured, otherwise it
 * logs why and does not listen. A new configuration restarts it; stopping the bundle (or the
 * Gogo runtime going away) stops the server, which closes every session.
 */
@Component(configurationPid = SshShellConfig.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = SshShellConfig.class)
public final class SshShellComponent {

    /** Framework property naming the container's data folder; the host key lives in its {@code ssh/}. */
    static final String DATA_DIR_PROPERTY = "occi.platform.data.dir";
    static final String DATA_DIR_DEFAULT = "data";
    static final String HOST_KEY_FOLDER = "ssh";

    private final Logger log;
    private final SshServer server;
    private final ExecutorService threads;

    @Activate
    public SshShellComponent(SshShellConfig config, BundleContext context, @Reference CommandProcessor processor,
            @Reference(service = LoggerFactory.class) Logger log) {
        this.log = log;
        if (!config.enabled()) {
            log.debug("SSH shell off (enabled=false in {})", SshShellConfig.PID);
            this.server = null;
            this.threads = null;
            return;
        }
        SshServer configured = null;
        ExecutorService pool = null;
        try {
            Logins logins = Logins.of(config);
            String refusal = logins.refusal(config.host());
            if (refusal != null) {
                log.error("SSH shell not started: {}", refusal);
            } else {
                pool = Executors.newCachedThreadPool(named("ssh-shell-"));
                HostKey hostKey = HostKey.in(dataFolder(context).resolve(HOST_KEY_FOLDER));
                configured = start(config, processor, pool, hostKey, logins);
                log.info("SSH shell listening on {}:{} (host key {}, {}); logins: {}", config.host().strip(),
                        configured.getPort(), hostKey.fingerprint(), hostKey.publicFile(), logins.describe());
            }
        } catch (IllegalArgumentException | IOException failed) {
            log.error("SSH shell not started on {}:{}: {}", config.host(), config.port(), failed.getMessage());
            stopQuietly(configured);
            configured = null;
            if (pool != null) {
                pool.shutdownNow();
                pool = null;
            }
        }
        this.server = configured;
        this.threads = pool;
    }

    private static SshServer start(SshShellConfig config, CommandProcessor processor, ExecutorService pool,
            HostKey hostKey, Logins logins) throws IOException {
        SshServer sshd = SshServer.setUpDefaultServer();
        // NIO2 named here: the default choice looks for MINA or Netty with a context class loader
        sshd.setIoServiceFactoryFactory(new Nio2ServiceFactoryFactory());
        sshd.setHost(config.host().strip());
        sshd.setPort(config.port());
        sshd.setKeyPairProvider(hostKey.provider());
        logins.apply(sshd);
        sshd.setShellFactory(channel -> new ShellChannel(processor, pool));
        sshd.setCommandFactory((channel, line) -> new ExecChannel(processor, pool, line));
        try {
            sshd.start();
        } catch (IOException cannotListen) {
            throw new IOException("cannot listen: " + cannotListen.getMessage(), cannotListen);
        }
        return sshd;
    }

    @Deactivate
    void deactivate() {
        if (server == null) {
            return;
        }
        int sessions = server.getActiveSessions().size();
        stopQuietly(server);
        threads.shutdownNow();
        try {
            threads.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        log.info("SSH shell stopped ({} session(s) closed)", sessions);
    }

    private void stopQuietly(SshServer sshd) {
        if (sshd == null) {
            return;
        }
        try {
            sshd.stop(true); // closes every session at once; each channel's Gogo session is closed with it
        } catch (IOException e) {
            log.info("SSH shell: closing the server: {}", e.getMessage());
        }
    }

    static Path dataFolder(BundleContext context) {
        String folder = context.getProperty(DATA_DIR_PROPERTY);
        return Path.of(folder == null || folder.isBlank() ? DATA_DIR_DEFAULT : folder).toAbsolutePath();
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Who may log in, from the configuration. */
    record Logins(Path authorizedKeys, SshUsers users) {

        static Logins of(SshShellConfig config) {
            String keys = config.authorized_keys() == null ? "" : config.authorized_keys().strip();
            return new Logins(keys.isEmpty() ? null : Path.of(keys).toAbsolutePath(), SshUsers.parse(config.users()));
        }

        boolean anyConfigured() {
            return authorizedKeys != null || !users.isEmpty();
        }

        /** Why the shell must not start on this host, or null when it may. */
        String refusal(String host) {
            if (anyConfigured() || Listener.isLoopback(host)) {
                return null;
            }
            return "host '" + host + "' is beyond loopback and no authorized keys or users are configured; set "
                    + "authorized.keys or users in " + SshShellConfig.PID + ", or keep host=127.0.0.1";
        }

        void apply(SshServer sshd) {
            List<UserAuthFactory> methods = new ArrayList<>();
            if (authorizedKeys != null) {
                sshd.setPublickeyAuthenticator(new AuthorizedKeysAuthenticator(authorizedKeys));
                methods.add(UserAuthPublicKeyFactory.INSTANCE);
            }
            if (!users.isEmpty()) {
                sshd.setPasswordAuthenticator(users);
                methods.add(UserAuthPasswordFactory.INSTANCE);
            }
            if (methods.isEmpty()) {
                methods.add(UserAuthNoneFactory.INSTANCE); // loopback only: refusal() let nothing else through
            }
            sshd.setKeyboardInteractiveAuthenticator(null);
            sshd.setGSSAuthenticator(null);
            sshd.setHostBasedAuthenticator(null);
            sshd.setUserAuthFactories(methods);
        }

        String describe() {
            List<String> parts = new ArrayList<>();
            if (authorizedKeys != null) {
                parts.add("keys in " + authorizedKeys + (Files.isReadable(authorizedKeys) ? "" : " (not there yet: no key logs in)"));
            }
            if (!users.isEmpty()) {
                parts.add("passwords of " + String.join(", ", users.names()));
            }
            return parts.isEmpty() ? "every local client (loopback, no authorized keys or users configured)"
                    : String.join("; ", parts);
        }
    }
}
