package occi.platform.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The real OpenSSH client, {@code /usr/bin/ssh}, a client this project did not write, pointed at
 * 127.0.0.1 only: no configuration file, no agent, only the given key, and the server's host key
 * checked strictly against a {@code known_hosts} the test writes.
 */
final class OpenSsh {

    static final Path SSH = Path.of("/usr/bin/ssh");
    static final Path SSH_KEYGEN = Path.of("/usr/bin/ssh-keygen");
    static final long TIMEOUT_SECONDS = 60;

    record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- out\n" + out + "\n--- err\n" + err;
        }
    }

    private final int port;
    private final Path knownHosts;

    OpenSsh(int port, Path knownHosts) {
        this.port = port;
        this.knownHosts = knownHosts;
    }

    static boolean available() {
        return Files.isExecutable(SSH) && Files.isExecutable(SSH_KEYGEN);
    }

    /** A new key pair without a passphrase, made by ssh-keygen; returns the private key file. */
    static Path keygen(Path folder, String name) throws IOException, InterruptedException {
        Path key = folder.resolve(name);
        Process keygen = new ProcessBuilder(SSH_KEYGEN.toString(), "-q", "-t", "ecdsa", "-N", "", "-C", name, "-f", key.toString())
                .redirectErrorStream(true).start();
        assertThat(keygen.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(keygen.exitValue()).as(new String(keygen.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
        return key;
    }

    /** Trusts the server's published host key ({@code data/ssh/host_key.pub}) for 127.0.0.1 on the port. */
    static void trust(Path hostKeyPub, int port, Path knownHosts) throws IOException {
        Files.writeString(knownHosts, "[127.0.0.1]:" + port + " " + Files.readString(hostKeyPub).strip() + "\n");
    }

    /** Runs a command line with the key, in batch mode (never a prompt). */
    Result exec(Path key, String commandLine) throws IOException, InterruptedException {
        return run(withKey(key, List.of(commandLine)), null, Map.of());
    }

    /** Starts a session without a terminal ({@code -T}) whose input the caller writes. */
    Process shell(Path key) throws IOException {
        List<String> command = withKey(key, List.of());
        command.add(1, "-T");
        return new ProcessBuilder(command).start();
    }

    /** Runs with a terminal asked for although there is none here ({@code -tt}), feeding the input. */
    Result terminal(Path key, String input) throws IOException, InterruptedException {
        List<String> command = withKey(key, List.of());
        command.add(1, "-tt");
        return run(command, input, Map.of());
    }

    /** Logs in with a password, given by an askpass program (OpenSSH's way to get one without a terminal). */
    Result withPassword(String user, Path askpass, String commandLine) throws IOException, InterruptedException {
        List<String> command = common(user);
        command.addAll(List.of("-o", "PreferredAuthentications=password", "-o", "PubkeyAuthentication=no",
                "-o", "NumberOfPasswordPrompts=1", "127.0.0.1", commandLine));
        return run(command, null, Map.of("SSH_ASKPASS", askpass.toString(), "SSH_ASKPASS_REQUIRE", "force", "DISPLAY", ":0"));
    }

    private List<String> withKey(Path key, List<String> commandLine) {
        List<String> command = common("occi");
        command.addAll(List.of("-o", "BatchMode=yes", "-o", "IdentitiesOnly=yes", "-o", "PreferredAuthentications=publickey",
                "-i", key.toString(), "127.0.0.1"));
        command.addAll(commandLine);
        return command;
    }

    private List<String> common(String user) {
        return new ArrayList<>(List.of(SSH.toString(), "-F", "/dev/null", "-p", String.valueOf(port), "-l", user,
                "-o", "StrictHostKeyChecking=yes", "-o", "UserKnownHostsFile=" + knownHosts,
                "-o", "GlobalKnownHostsFile=/dev/null", "-o", "IdentityAgent=none", "-o", "ConnectTimeout=20",
                "-o", "LogLevel=ERROR"));
    }

    private static Result run(List<String> command, String input, Map<String, String> environment)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("SSH_AUTH_SOCK");
        builder.environment().putAll(environment);
        Process ssh = builder.start();
        CompletableFuture<String> out = read(ssh.getInputStream());
        CompletableFuture<String> err = read(ssh.getErrorStream());
        try (var stdin = ssh.getOutputStream()) {
            if (input != null) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            }
        }
        if (!ssh.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            ssh.destroyForcibly();
            throw new AssertionError("ssh did not end within " + TIMEOUT_SECONDS + " s: " + command);
        }
        return new Result(ssh.exitValue(), out.join(), err.join());
    }

    static CompletableFuture<String> read(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Whether something accepts connections on 127.0.0.1 at the port. */
    static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
