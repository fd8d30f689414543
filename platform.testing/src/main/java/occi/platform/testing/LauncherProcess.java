package occi.platform.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The exported container as a user runs it, {@code java -jar launcher.jar} from a folder of
 * its own, for tests outside OSGi: its output is collected line by line so that a test can
 * wait for what it reports (with a deadline, never a sleep). Like a service it has no terminal:
 * its standard input is closed at once (as {@code </dev/null}), so it runs without an
 * interactive shell, and it is stopped as a service manager stops it, with SIGTERM. Only the
 * JDK is used, so it also serves plain (Failsafe) tests. {@link #startWithInput} keeps the
 * standard input open instead, for a test that types at the container's {@code g!} prompt.
 */
public final class LauncherProcess implements AutoCloseable {

    /** The start-up report's first line ends so, once every bundle has started. */
    public static final String UP = " is up";

    private final Process process;
    private final List<String> output = new ArrayList<>();
    private final Duration deadline;
    /** The process's standard input; null when it was closed at start. */
    private final Writer input;

    private LauncherProcess(Process process, Duration deadline, boolean withInput) {
        this.process = process;
        this.deadline = deadline;
        this.input = withInput ? new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8) : null;
        Thread reader = new Thread(this::collect, "launcher-output-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts the jar in the folder; {@code options} go to {@code java} before {@code -jar}. */
    public static LauncherProcess start(Path jar, Path folder, Duration deadline, String... options) throws IOException {
        Process process = process(jar, folder, options);
        process.getOutputStream().close(); // no terminal, nothing to read: end of input at once
        return new LauncherProcess(process, deadline, false);
    }

    /**
     * Starts the jar in the folder with its standard input open (a pipe, not a terminal), for
     * {@link #type}; {@code options} go to {@code java} before {@code -jar}.
     */
    public static LauncherProcess startWithInput(Path jar, Path folder, Duration deadline, String... options) throws IOException {
        return new LauncherProcess(process(jar, folder, options), deadline, true);
    }

    private static Process process(Path jar, Path folder, String... options) throws IOException {
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(List.of(options));
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        return new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
    }

    /** Writes the text to the container's standard input at once; only when it was started {@link #startWithInput with input}. */
    public void type(String text) throws IOException {
        if (input == null) {
            throw new IllegalStateException("started without input: use startWithInput");
        }
        input.write(text);
        input.flush();
    }

    /**
     * Waits until a line after the first {@code since} lines matches; returns how many lines
     * there were up to and including it (the {@code since} of the next wait).
     */
    public int awaitLine(Predicate<String> wanted, int since, String what) throws InterruptedException {
        long end = System.nanoTime() + deadline.toNanos();
        synchronized (output) {
            while (true) {
                for (int i = since; i < output.size(); i++) {
                    if (wanted.test(output.get(i))) {
                        return i + 1;
                    }
                }
                long left = end - System.nanoTime();
                if (left <= 0 || !process.isAlive()) {
                    throw new AssertionError("the container did not print " + what + "; it printed:\n" + String.join("\n", output));
                }
                output.wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
            }
        }
    }

    /** Waits for the start-up report: every bundle has started. */
    public int awaitUp() throws InterruptedException {
        return awaitLine(line -> line.startsWith("OCCI platform ") && line.endsWith(UP), 0, "the start-up report");
    }

    /** Every line printed so far. */
    public List<String> lines() {
        synchronized (output) {
            return List.copyOf(output);
        }
    }

    /**
     * Stops the container as a service manager does, with SIGTERM, and waits for the process to
     * end; returns its exit code (0 after a clean stop).
     */
    public int stop() throws IOException, InterruptedException {
        // through the handle: Process.destroy() would also close the output this class still reads
        process.toHandle().destroy();
        return awaitExit();
    }

    /** Waits for the process to end (at most 60 s); returns its exit code. */
    public int awaitExit() throws InterruptedException {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new AssertionError("the container did not stop within 60 s");
        }
        return process.exitValue();
    }

    /** Kills the process at once (SIGKILL): no shutdown hook, no bundle stops. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(60, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private void collect() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                synchronized (output) {
                    output.add(line.replace("\r", "")); // a shell's line editing may end lines with CR
                    output.notifyAll();
                }
            }
        } catch (IOException e) {
            synchronized (output) {
                output.add("(output lost: " + e.getMessage() + ")");
            }
        } finally {
            synchronized (output) {
                output.notifyAll(); // wake waiters: the process has ended
            }
        }
    }
}
