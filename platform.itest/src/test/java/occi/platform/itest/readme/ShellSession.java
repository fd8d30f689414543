package occi.platform.itest.readme;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code bash} for the examples of a README, as a user types them one after another in one
 * terminal: shell variables set by one command ({@code B=http://...}) are there for the next. It
 * runs in the container's folder, with the real {@code curl} on the path. curl reads a
 * configuration of the test's own ({@code CURL_HOME}) that only adds, on standard error, the
 * status code of each answer, so that a command shown without output can still be checked.
 */
public final class ShellSession implements AutoCloseable {

    /** The line the test's curl configuration adds to standard error for each answer. */
    static final String STATUS_PREFIX = "@@readme-status ";
    private static final Pattern STATUS = Pattern.compile("^" + STATUS_PREFIX + "(\\d{3})$", Pattern.MULTILINE);
    private static final String DONE = "@@readme-done ";

    private final Path folder;
    private final Path scratch;
    private Process bash;
    private Writer input;
    private BlockingQueue<String> lines;
    private int count;

    /** What a command printed, its exit status and the HTTP status of its last answer (or null). */
    public record Result(String stdout, String stderr, int exit, Integer httpStatus) {
    }

    public ShellSession(Path folder, Path scratch) throws IOException {
        this.scratch = Files.createDirectories(scratch);
        Files.writeString(scratch.resolve(".curlrc"), """
                # added by the README examples test: the status of each answer, on standard error
                write-out = "%{stderr}@@readme-status %{http_code}\\n"
                silent
                show-error
                max-time = 60
                """);
        this.folder = folder;
        startBash();
    }

    private void startBash() throws IOException {
        ProcessBuilder builder = new ProcessBuilder("bash", "--noprofile", "--norc").directory(folder.toFile())
                .redirectErrorStream(true);
        builder.environment().put("CURL_HOME", scratch.toString());
        builder.environment().put("LC_ALL", "C.UTF-8");
        bash = builder.start();
        input = new OutputStreamWriter(bash.getOutputStream(), StandardCharsets.UTF_8);
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        lines = queue;
        Process process = bash;
        Thread reader = new Thread(() -> read(process, queue), "readme-bash-" + bash.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /** Runs one command (as typed: several lines joined by backslashes), waiting at most {@code limit}. */
    public Result run(String command, Duration limit) throws IOException, InterruptedException {
        int n = ++count;
        Path out = scratch.resolve(n + ".out");
        Path err = scratch.resolve(n + ".err");
        // braces, not a subshell: what the command sets stays set for the next one
        input.write("{\n" + command + "\n} > '" + out + "' 2> '" + err + "' < /dev/null; echo \"" + DONE + n + " $?\"\n");
        input.flush();
        long end = System.nanoTime() + limit.toNanos();
        while (true) {
            String line = lines.poll(Math.max(1, end - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                // its input may be stuck in an open quote: the next example gets a new bash (without variables)
                bash.destroyForcibly();
                startBash();
                throw new AssertionError("the command did not finish within " + limit.toSeconds() + " s; output so far:\n"
                        + (Files.exists(out) ? Files.readString(out, StandardCharsets.UTF_8) : "(none)"));
            }
            if (line.startsWith(DONE + n + " ")) {
                String stderr = Files.readString(err, StandardCharsets.UTF_8);
                Integer status = null;
                Matcher m = STATUS.matcher(stderr);
                while (m.find()) {
                    status = Integer.valueOf(m.group(1));
                }
                stderr = STATUS.matcher(stderr).replaceAll("").strip();
                return new Result(Files.readString(out, StandardCharsets.UTF_8), stderr,
                        Integer.parseInt(line.substring(line.lastIndexOf(' ') + 1)), status);
            }
        }
    }

    private static void read(Process bash, BlockingQueue<String> lines) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(bash.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException e) {
            lines.add("(bash output lost: " + e.getMessage() + ")");
        }
    }

    @Override
    public void close() throws InterruptedException {
        try {
            input.close();
        } catch (IOException e) {
            // bash has gone already
        }
        if (!bash.waitFor(10, TimeUnit.SECONDS)) {
            bash.destroyForcibly();
        }
    }
}
