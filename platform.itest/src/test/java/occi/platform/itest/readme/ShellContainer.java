package occi.platform.itest.readme;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import occi.platform.testing.LauncherProcess;

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

    private final LauncherProcess process;
    private int read;
    private int commands;

    private ShellContainer(LauncherProcess process) {
        this.process = process;
    }

    /** Starts the jar in the folder on the port, and waits for its start-up report. */
    public static ShellContainer start(Path jar, Path folder, int port, Duration deadline) throws IOException, InterruptedException {
        ShellContainer container = new ShellContainer(
                LauncherProcess.startWithInput(jar, folder, deadline, "-Dorg.osgi.service.http.port=" + port, "-Dgosh.args="));
        try {
            container.read = container.process.awaitUp();
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
        process.type(command + "\n" + "echo '" + end + "'\n");
        int from = read;
        read = process.awaitLine(l -> withoutPrompts(l).equals(end), from, "the end of `" + command + "`");
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
        return process.lines();
    }

    private static String withoutPrompts(String line) {
        String text = line;
        while (text.startsWith(PROMPT)) {
            text = text.substring(PROMPT.length());
        }
        return text;
    }

    /** Stops it as a user does at the prompt, {@code stop 0}; returns the exit status. */
    public int stop() throws IOException, InterruptedException {
        process.type("stop 0\n");
        return process.awaitExit();
    }

    @Override
    public void close() throws InterruptedException {
        process.close();
    }
}
