package occi.platform.itest.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import occi.platform.itest.readme.Example.Marker;
import occi.platform.itest.readme.Example.Shown;
import occi.platform.itest.readme.Example.Step;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example of the README runs as shown, on the default data: the exported jar is started as
 * {@code ./run} starts it, in a folder of its own that otherwise looks like the repository (its
 * top-level entries are linked there, so {@code examples/...} paths work as from a clone), on a
 * free port that replaces 8080. The examples run in README order, one dynamic test each: shell
 * commands in one {@code bash} (real {@code curl}), Gogo transcripts at the container's
 * {@code g!} prompt. What a command shows is checked (see {@link ShownOutput}); a curl command
 * shown without a status must answer below 400, and every command must exit with 0. Blocks
 * marked {@code <!-- example: own-container, reason -->} run in a container started for them;
 * {@code <!-- example: not-run, reason -->} ones are listed, not run.
 */
class ReadmeExamplesIT {

    static final Duration START = Duration.ofSeconds(180);
    static final Duration COMMAND = Duration.ofSeconds(120);
    /** How long a read waits for a file put into {@code conf/} or {@code deploy/} to be applied. */
    static final Duration APPLIED = Duration.ofSeconds(30);
    private static final Pattern HTTP_STATUS_LINE = Pattern.compile("^HTTP/[\\d.]+ (\\d{3})\\b.*");
    /** A command that puts a file where the container picks it up by itself. */
    private static final Pattern WATCHED_WRITE = Pattern.compile("(>|\\bcp\\b.*|\\bmv\\b.*)\\s*(\\./)?(conf|deploy)/");
    /** A curl command that changes something: never repeated. */
    private static final Pattern WRITE_REQUEST = Pattern.compile("-X\\s*'?(POST|PUT|DELETE|PATCH)|\\s(-d|-F|--data\\S*)\\s");
    private static final Set<String> NOT_LINKED = Set.of("conf", "deploy", "data", "target");
    private static final int SHOWN_OUTPUT_LIMIT = 6000;

    @TempDir
    static Path temp;

    private static Containers shared;
    private static AssertionError sharedFailed;

    @AfterAll
    static void stopTheSharedContainer() throws Exception {
        if (shared != null) {
            shared.close(true);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyExampleRunsAsShown() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : System.getProperty("readme.files", "README.md").split(",")) {
            Path file = repository().resolve(name.strip());
            List<Example> examples = ReadmeParser.parse(name.strip(), Files.readString(file));
            assertThat(examples).as("examples in " + file).isNotEmpty();
            for (Example example : examples) {
                String first = example.steps().isEmpty() ? "(empty)" : example.steps().get(0).command().lines().findFirst().orElse("");
                tests.add(DynamicTest.dynamicTest(example.where() + ": " + first, () -> run(example)));
            }
        }
        return tests.stream();
    }

    private void run(Example example) throws Exception {
        switch (example.marker()) {
            case NOT_RUN -> System.out.println(example.where() + " not run: " + example.reason());
            case SHARED -> {
                if (sharedFailed != null) {
                    throw new AssertionError("the shared container did not start (see the first example)", sharedFailed);
                }
                if (shared == null) {
                    try {
                        shared = Containers.start(temp.resolve("shared"));
                    } catch (AssertionError e) {
                        sharedFailed = e;
                        throw e;
                    }
                }
                shared.run(example);
            }
            case OWN_CONTAINER -> {
                Containers own = Containers.start(Files.createTempDirectory(temp, "own-"));
                try {
                    own.run(example);
                } finally {
                    own.close(false);
                }
            }
        }
    }

    static Path repository() {
        return Path.of(System.getProperty("repository", "..")).toAbsolutePath().normalize();
    }

    /** A container, its Gogo shell, a bash in its folder, and the ids bound in the current section. */
    private static final class Containers {
        final ShellContainer container;
        final ShellSession bash;
        final ShownOutput shown;
        private String section;
        /** Until when reads are tried again: a file was put into conf/ or deploy/ (by this example or one before). */
        private long waitUntil = System.nanoTime();

        private Containers(ShellContainer container, ShellSession bash, ShownOutput shown) {
            this.container = container;
            this.bash = bash;
            this.shown = shown;
        }

        static Containers start(Path folder) throws IOException, InterruptedException {
            Path work = Files.createDirectories(folder.resolve("work"));
            try (Stream<Path> entries = Files.list(repository())) {
                for (Path entry : entries.toList()) {
                    String name = entry.getFileName().toString();
                    if (!name.startsWith(".") && !NOT_LINKED.contains(name)) {
                        Files.createSymbolicLink(work.resolve(name), entry);
                    }
                }
            }
            int port = freePort();
            Path jar = Path.of(System.getProperty("launcher.jar")).toAbsolutePath();
            ShellContainer container = ShellContainer.start(jar, work, port, START);
            return new Containers(container, new ShellSession(work, folder.resolve("bash")), new ShownOutput(port));
        }

        void run(Example example) throws Exception {
            if (!example.section().equals(section)) {
                section = example.section();
                shown.newSection();
            }
            switch (example.kind()) {
                case SHELL -> runShell(example);
                case GOGO -> runGogo(example);
            }
        }

        private void runShell(Example example) throws Exception {
            for (Step step : example.steps()) {
                String command = command(example, step);
                boolean mayRepeat = !WRITE_REQUEST.matcher(command).find();
                while (true) {
                    ShellSession.Result result;
                    try {
                        result = bash.run(command, COMMAND);
                    } catch (AssertionError e) {
                        throw new AssertionError(example.file() + ":" + step.line() + " (" + example.section() + "): "
                                + command + "\n" + e.getMessage(), e);
                    }
                    List<String> problems = problems(step, result);
                    if (problems.isEmpty()) {
                        break;
                    }
                    if (!(mayRepeat && System.nanoTime() - waitUntil < 0)) {
                        throw new AssertionError(report(example, step, command, problems, result.stdout(), result.stderr()));
                    }
                    // a file picked up by the container's own polling: nothing to wait on; not faster than the
                    // failed-login backoff lets a client try again (credentials not yet known are failures)
                    Thread.sleep(1000);
                }
                if (WATCHED_WRITE.matcher(command).find()) {
                    waitUntil = System.nanoTime() + APPLIED.toNanos();
                }
            }
        }

        private List<String> problems(Step step, ShellSession.Result result) {
            List<String> problems = new ArrayList<>();
            if (result.exit() != 0) {
                problems.add("exit status " + result.exit() + ", not 0");
            }
            Integer expected = step.status();
            for (Shown line : step.shown()) {
                Matcher status = HTTP_STATUS_LINE.matcher(line.text());
                if (expected == null && status.matches()) {
                    expected = Integer.valueOf(status.group(1));
                }
            }
            if (result.httpStatus() != null) {
                if (expected != null && !expected.equals(result.httpStatus())) {
                    problems.add("status " + result.httpStatus() + ", shown: " + expected);
                } else if (expected == null && result.httpStatus() >= 400) {
                    problems.add("status " + result.httpStatus() + " (an example shown without a status must succeed; "
                            + "show the status, e.g. `# 400: why`, when it is an error)");
                }
            }
            String output = ShownOutput.normalize(result.stdout());
            for (Shown line : step.shown()) {
                if (!shown.find(line.text(), output)) {
                    problems.add("line " + line.line() + " is not in the output: " + line.text());
                }
            }
            return problems;
        }

        private void runGogo(Example example) throws Exception {
            for (Step step : example.steps()) {
                String command = command(example, step);
                List<String> printed;
                try {
                    printed = container.command(command);
                } catch (AssertionError e) {
                    throw new AssertionError(example.file() + ":" + step.line() + " (" + example.section() + "): g! "
                            + command + "\n" + e.getMessage(), e);
                }
                String problem = compareInOrder(step.shown(), printed);
                if (problem != null) {
                    throw new AssertionError(report(example, step, "g! " + command, List.of(problem), String.join("\n", printed), ""));
                }
            }
        }

        /**
         * A transcript shows all a command prints, in order; a line {@code ...} (or {@code …}) stands for
         * any number of lines.
         */
        private String compareInOrder(List<Shown> expected, List<String> printed) {
            int at = 0;
            boolean skip = false;
            for (Shown line : expected) {
                String text = line.text().strip();
                if (text.equals("...") || text.equals(ShownOutput.ANYTHING)) {
                    skip = true;
                    continue;
                }
                int found = -1;
                for (int i = at; i < printed.size() && (skip || i == at); i++) {
                    if (shown.matchesLine(line.text(), printed.get(i))) {
                        found = i;
                        break;
                    }
                }
                if (found < 0) {
                    return "line " + line.line() + " is not what it printed " + (at < printed.size()
                            ? (skip ? "after line " + at : "as line " + (at + 1) + " (\"" + printed.get(at) + "\")")
                            : "(it printed only " + printed.size() + " lines)") + ": " + line.text();
                }
                at = found + 1;
                skip = false;
            }
            if (!skip && at < printed.size()) {
                return "it printed more than shown, from line " + (at + 1) + ": " + printed.get(at);
            }
            return null;
        }

        private String command(Example example, Step step) {
            try {
                return shown.command(step.command());
            } catch (IllegalStateException e) {
                throw new AssertionError(example.file() + ":" + step.line() + ": " + e.getMessage());
            }
        }

        void close(boolean checkStop) throws Exception {
            bash.close();
            try {
                if (checkStop) {
                    int exit = container.stop();
                    assertThat(exit).as("`stop 0` at the g! prompt ends the container with 0").isZero();
                }
            } finally {
                container.close();
            }
        }

        private static String report(Example example, Step step, String command, List<String> problems, String stdout, String stderr) {
            StringBuilder text = new StringBuilder(example.file() + ":" + step.line() + " (" + example.section() + "), the example at line "
                    + example.line() + " does not run as shown:\n  " + command.replace("\n", "\n  ") + "\n");
            problems.forEach(p -> text.append("- ").append(p).append('\n'));
            text.append("--- output ---\n").append(cut(stdout)).append('\n');
            if (!stderr.isBlank()) {
                text.append("--- standard error ---\n").append(cut(stderr)).append('\n');
            }
            return text.toString();
        }

        private static String cut(String text) {
            return text.length() <= SHOWN_OUTPUT_LIMIT ? text : text.substring(0, SHOWN_OUTPUT_LIMIT) + "\n[... " + (text.length() - SHOWN_OUTPUT_LIMIT) + " more characters]";
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
