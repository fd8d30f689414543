package occi.platform.itest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import occi.platform.testing.LauncherProcess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The remote Gogo shell over SSH ({@code platform.shell.ssh}) in the exported jar, run as a
 * service ({@code --nointeractive}) and reached with the real OpenSSH client on 127.0.0.1: off
 * by default, refused beyond loopback without keys or users, and once on, {@code lb} and the
 * {@code occi:} commands answer, a session ends with {@code exit} or Ctrl-D, stopping the bundle
 * closes open sessions, and the host key is the same after a restart.
 */
class SshShellIT {

    static final Duration DEADLINE = Duration.ofSeconds(90);
    static final String CONF = "conf/platform.shell.ssh.cfg";

    @TempDir
    Path folder;

    @TempDir
    Path keys;

    int sshPort;
    int httpPort;
    Path jar;

    @BeforeEach
    void ports() throws IOException {
        assumeTrue(OpenSsh.available(), "the OpenSSH client (/usr/bin/ssh, ssh-keygen) is not installed");
        sshPort = LauncherJarIT.freePort();
        httpPort = LauncherJarIT.freePort();
        jar = Path.of(System.getProperty("launcher.jar")).toAbsolutePath();
        Files.createDirectories(folder.resolve("conf"));
    }

    private LauncherProcess start() throws IOException {
        return LauncherProcess.start(jar, folder, DEADLINE, "-Dorg.osgi.service.http.port=" + httpPort,
                "-Dgosh.args=--nointeractive");
    }

    @Test
    void offByDefaultAndRefusedBeyondLoopbackWithoutKeys() throws Exception {
        // a port configured, 'enabled' left at its default
        Files.writeString(folder.resolve(CONF), "port=" + sshPort + "\n");
        try (LauncherProcess launcher = start()) {
            int seen = launcher.awaitUp();
            assertThat(bundleState("platform.shell.ssh")).as("the bundle is there and active").isEqualTo("ACTIVE");
            assertThat(OpenSsh.listening(sshPort)).as("nothing listens: off by default").isFalse();
            assertThat(launcher.lines()).noneMatch(l -> l.contains("SSH shell listening"));

            // on every interface, without authorized keys or users: fails closed, says why
            Files.writeString(folder.resolve(CONF), "enabled=true\nhost=0.0.0.0\nport=" + sshPort + "\n");
            seen = launcher.awaitLine(l -> l.contains("SSH shell not started: host '0.0.0.0' is beyond loopback and no "
                    + "authorized keys or users are configured"), seen, "the refusal beyond loopback");
            assertThat(launcher.lines().get(seen - 1)).contains("ERROR");
            assertThat(OpenSsh.listening(sshPort)).as("nothing listens on 0.0.0.0 (called on 127.0.0.1)").isFalse();

            // the same listener with a key: served, and only to that key
            Path key = OpenSsh.keygen(keys, "operator");
            Path stranger = OpenSsh.keygen(keys, "stranger");
            Files.copy(key.resolveSibling("operator.pub"), keys.resolve("authorized_keys"));
            Files.writeString(folder.resolve(CONF), "enabled=true\nhost=0.0.0.0\nport=" + sshPort
                    + "\nauthorized.keys=" + keys.resolve("authorized_keys") + "\n");
            launcher.awaitLine(l -> l.contains("SSH shell listening on 0.0.0.0:" + sshPort), seen, "the shell on 0.0.0.0");
            OpenSsh ssh = trusting();
            OpenSsh.Result lb = ssh.exec(key, "lb platform.shell.ssh");
            assertThat(lb.exit()).as(lb.toString()).isZero();
            assertThat(lb.out()).contains("Active").contains("Remote shell");
            OpenSsh.Result refused = ssh.exec(stranger, "lb");
            assertThat(refused.exit()).as(refused.toString()).isEqualTo(255);
            assertThat(refused.err()).contains("Permission denied");
            assertThat(refused.out()).isEmpty();
        }
    }

    @Test
    void theOpenSshClientRunsGogoCommandsAndSessionsEndCleanly() throws Exception {
        Path key = OpenSsh.keygen(keys, "operator");
        Path authorized = keys.resolve("authorized_keys");
        Files.copy(key.resolveSibling("operator.pub"), authorized);
        Files.writeString(folder.resolve(CONF), "enabled=true\nport=" + sshPort + "\nauthorized.keys=" + authorized + "\n");
        Path knownHosts = keys.resolve("known_hosts");
        try (LauncherProcess launcher = start()) {
            int seen = launcher.awaitUp();
            assertThat(launcher.lines()).anyMatch(l -> l.contains("SSH shell listening on 127.0.0.1:" + sshPort));
            OpenSsh.trust(folder.resolve("data/ssh/host_key.pub"), sshPort, knownHosts);
            OpenSsh ssh = new OpenSsh(sshPort, knownHosts);

            OpenSsh.Result lb = ssh.exec(key, "lb");
            assertThat(lb.exit()).as(lb.toString()).isZero();
            assertThat(lb.out()).contains("START LEVEL").containsPattern("\\|Active\\s*\\|\\s*3\\|Remote shell");

            OpenSsh.Result created = ssh.exec(key, "occi:create compute occi.core.title=over-ssh");
            assertThat(created.exit()).as(created.toString()).isZero();
            String location = URI.create(created.out().strip()).getPath();
            assertThat(location).startsWith("/compute/");
            OpenSsh.Result listed = ssh.exec(key, "occi:ls compute");
            assertThat(listed.exit()).as(listed.toString()).isZero();
            assertThat(listed.out()).contains(location + "  compute").contains("/testbed/sliver/42");

            OpenSsh.Result unknown = ssh.exec(key, "occi:nosuch");
            assertThat(unknown.exit()).as("a failed command: exit status 1").isEqualTo(1);
            assertThat(unknown.err()).contains("Command not found").doesNotContain("\tat ");

            // the g! prompt without a terminal: lines from a pipe, 'exit' ends it
            Process piped = ssh.shell(key);
            CompletableFuture<String> pipedOut = OpenSsh.read(piped.getInputStream());
            try (OutputStream in = piped.getOutputStream()) {
                in.write("x = 41\necho over $x\nexit\nlb\n".getBytes(StandardCharsets.UTF_8));
            }
            assertThat(piped.waitFor(OpenSsh.TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
            assertThat(piped.exitValue()).isZero();
            assertThat(pipedOut.join()).startsWith("OCCI platform shell").contains("g! ").contains("over 41")
                    .as("nothing after exit").doesNotContain("START LEVEL");

            // with a terminal: typed characters are echoed, Backspace edits, Ctrl-D leaves
            OpenSsh.Result terminal = ssh.terminal(key, "lb platform.shell.sshX\u007f\r\u0004");
            assertThat(terminal.exit()).as(terminal.toString()).isZero();
            assertThat(terminal.out()).contains("g! lb platform.shell.ssh").contains("Remote shell").contains("\r\n");

            seen = stoppingTheBundleClosesOpenSessions(launcher, ssh, key, seen);
            launcher.stop();
        }

        // a new start in the same folder: the same host key (known_hosts unchanged, checked strictly)
        String published = Files.readString(folder.resolve("data/ssh/host_key.pub"));
        try (LauncherProcess again = start()) {
            again.awaitUp();
            assertThat(Files.readString(folder.resolve("data/ssh/host_key.pub"))).isEqualTo(published);
            OpenSsh.Result lb = new OpenSsh(sshPort, knownHosts).exec(key, "lb platform.shell.ssh");
            assertThat(lb.exit()).as(lb.toString()).isZero();
            assertThat(lb.out()).contains("Remote shell");
        }
    }

    private int stoppingTheBundleClosesOpenSessions(LauncherProcess launcher, OpenSsh ssh, Path key, int seen) throws Exception {
        Process open = ssh.shell(key);
        BufferedReader greeting = new BufferedReader(new InputStreamReader(open.getInputStream(), StandardCharsets.UTF_8));
        assertThat(greeting.readLine()).startsWith("OCCI platform shell");
        long id = bundleId("platform.shell.ssh");
        HttpResponse<String> stopped = console("POST", "system/console/bundles/" + id, "action=stop");
        assertThat(stopped.statusCode()).as(stopped.body()).isEqualTo(200);
        assertThat(open.waitFor(30, TimeUnit.SECONDS)).as("the open session ends when the bundle stops").isTrue();
        open.getOutputStream().close();
        seen = launcher.awaitLine(l -> l.contains("SSH shell stopped (1 session(s) closed)"), seen, "the shell's stop");
        assertThat(OpenSsh.listening(sshPort)).isFalse();
        assertThat(launcher.lines().subList(seen - 1, launcher.lines().size())).noneMatch(l -> l.contains(" ERROR "));

        assertThat(console("POST", "system/console/bundles/" + id, "action=start").statusCode()).isEqualTo(200);
        seen = launcher.awaitLine(l -> l.contains("SSH shell listening on 127.0.0.1:" + sshPort), seen, "the shell again");
        OpenSsh.Result lb = ssh.exec(key, "lb platform.shell.ssh");
        assertThat(lb.exit()).as(lb.toString()).isZero();
        return seen;
    }

    @Test
    void usersLogInWithTheirPasswordGivenClearOrAsAnOcciSecurityHash() throws Exception {
        // several users: the typed .config format, whose values can be arrays
        Files.writeString(folder.resolve("conf/platform.shell.ssh.config"), "enabled=B\"true\"\nport=I\"" + sshPort + "\"\n"
                + "users=[\"ops:s3cret pass\",\"auditor:" + pbkdf2("another one") + "\"]\n");
        Path knownHosts = keys.resolve("known_hosts");
        try (LauncherProcess launcher = start()) {
            launcher.awaitUp();
            assertThat(launcher.lines()).anyMatch(l -> l.contains("logins: passwords of ops, auditor"));
            OpenSsh.trust(folder.resolve("data/ssh/host_key.pub"), sshPort, knownHosts);
            OpenSsh ssh = new OpenSsh(sshPort, knownHosts);

            OpenSsh.Result ops = ssh.withPassword("ops", askpass("s3cret pass"), "lb platform.shell.ssh");
            assertThat(ops.exit()).as(ops.toString()).isZero();
            assertThat(ops.out()).contains("Remote shell");
            OpenSsh.Result auditor = ssh.withPassword("auditor", askpass("another one"), "lb platform.shell.ssh");
            assertThat(auditor.exit()).as(auditor.toString()).isZero();

            for (List<String> wrong : List.of(List.of("ops", "another one"), List.of("nobody", "s3cret pass"))) {
                OpenSsh.Result refused = ssh.withPassword(wrong.get(0), askpass(wrong.get(1)), "lb");
                assertThat(refused.exit()).as(wrong + ": " + refused).isEqualTo(255);
                assertThat(refused.err()).contains("Permission denied");
            }
            assertThat(launcher.lines()).noneMatch(l -> l.contains("s3cret pass") || l.contains("another one"));
        }
    }

    /** A hash as occi.security makes one, computed here with the JDK alone. */
    private static String pbkdf2(String password) throws Exception {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        int iterations = 120_000;
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256)).getEncoded();
        return "pbkdf2-sha256:" + iterations + ":" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(hash);
    }

    private Path askpass(String password) throws IOException {
        Path script = Files.createTempFile(keys, "askpass", ".sh");
        Files.writeString(script, "#!/bin/sh\nprintf '%s\\n' '" + password + "'\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    private OpenSsh trusting() throws IOException {
        Path knownHosts = keys.resolve("known_hosts");
        OpenSsh.trust(folder.resolve("data/ssh/host_key.pub"), sshPort, knownHosts);
        return new OpenSsh(sshPort, knownHosts);
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private String bundleState(String symbolicName) throws Exception {
        return bundle(symbolicName).get("state").asText();
    }

    private long bundleId(String symbolicName) throws Exception {
        return bundle(symbolicName).get("id").asLong();
    }

    private JsonNode bundle(String symbolicName) throws Exception {
        HttpResponse<String> status = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/system/status"))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
        for (JsonNode bundle : new ObjectMapper().readTree(status.body()).get("bundles")) {
            if (bundle.get("symbolicName").asText().equals(symbolicName)) {
                return bundle;
            }
        }
        throw new AssertionError(symbolicName + " is not in " + status.body());
    }

    private HttpResponse<String> console(String method, String path, String form) throws Exception {
        String basic = Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/" + path))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                .method(method, HttpRequest.BodyPublishers.ofString(form)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
