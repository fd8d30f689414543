package occi.platform.itest.readme;

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
import java.util.regex.Pattern;

/**
 * The exported jar started as {@code ./run} starts it, with the Gogo shell reading commands, but
 * with a pipe instead of a terminal: {@code -Dgosh.args=} (empty) keeps the interactive shell
 * although nothing is a terminal, so the test types {@code g!} commands on its standard input
 * and reads their output, among the log lines, on its standard output.
 */
public final class ShellContainer implements AutoCloseable {

    /** A logback console line ({@code 10:25:55.995 INFO  [thread] logger - message}): not a command's output. */
    private static final Pattern LOG_LINE = Pattern.compile("^\\d{2}:\\d{2}:\\d{2}\\.\\d{3} (TRACE|DEBUG|INFO|WARN|ERROR) .*");
    private static final String PROMPT = "g! ";

    private final Process process;
    private final Writer input;
    private final List<String> output = new ArrayList<>();
    private final Duration deadline;
    private int read;
    private int commands;

    private ShellContainer(Process process, Duration deadline) {
        this.process = process;
        this.deadline = deadline;
        this.input = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(this::collect, "readme-container-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts the jar in the folder on the port, and waits for its start-up report. */
    public static ShellContainer start(Path jar, Path folder, int port, Duration deadline) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("java", "-Dorg.osgi.service.http.port=" + port, "-Dgosh.args=",
                "-jar", jar.toAbsolutePath().toString()).directory(folder.toFile()).redirectErrorStream(true).start();
        ShellContainer container = new ShellContainer(process, deadline);
        try {
            container.read = container.awaitLine(l -> l.startsWith("OCCI platform ") && l.endsWith(" is up"), 0, "the start-up report");
            container.command("echo"); // past the rest of the report: the first command's output starts after it
        } catch (AssertionError | IOException | InterruptedException e) {
            container.close();
            throw e;
        }
        return container;
    }

    /**
     * Types one command at the {@code g!} prompt and returns its output: the lines it printed, without
     * prompts, log lines and blank lines. A marker echoed after it tells where the output ends.
     */
    public List<String> command(String command) throws IOException, InterruptedException {
        String end = "@@readme-end-" + ++commands;
        input.write(command + "\n" + "echo '" + end + "'\n");
        input.flush();
        int from = read;
        read = awaitLine(l -> withoutPrompts(l).equals(end), from, "the end of `" + command + "`");
        List<String> printed = new ArrayList<>();
        for (String line : lines().subList(from, read - 1)) {
            String text = withoutPrompts(line).stripTrailing();
            if (!text.isEmpty() && !LOG_LINE.matcher(text).matches()) {
                printed.add(text);
            }
        }
        return printed;
    }

    /** Every line printed so far. */
    public List<String> lines() {
        synchronized (output) {
            return List.copyOf(output);
        }
    }

    private static String withoutPrompts(String line) {
        String text = line;
        while (text.startsWith(PROMPT)) {
            text = text.substring(PROMPT.length());
        }
        return text;
    }

    private int awaitLine(Predicate<String> wanted, int since, String what) throws InterruptedException {
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
                    throw new AssertionError("the container did not print " + what + "; it printed:\n"
                            + String.join("\n", output.subList(since, output.size())));
                }
                output.wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
            }
        }
    }

    private void collect() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                synchronized (output) {
                    output.add(line.replace("\r", ""));
                    output.notifyAll();
                }
            }
        } catch (IOException e) {
            synchronized (output) {
                output.add("(output lost: " + e.getMessage() + ")");
            }
        } finally {
            synchronized (output) {
                output.notifyAll();
            }
        }
    }

    /** Stops it as a user does at the prompt, {@code stop 0}; returns the exit status. */
    public int stop() throws IOException, InterruptedException {
        input.write("stop 0\n");
        input.flush();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new AssertionError("the container did not stop within 60 s");
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(60, TimeUnit.SECONDS);
        }
    }
}
