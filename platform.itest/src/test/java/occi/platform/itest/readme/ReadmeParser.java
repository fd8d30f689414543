package occi.platform.itest.readme;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import occi.platform.itest.readme.Example.Kind;
import occi.platform.itest.readme.Example.Marker;
import occi.platform.itest.readme.Example.Shown;
import occi.platform.itest.readme.Example.Step;

/**
 * Finds the examples of a Markdown file. An example is a fenced block in {@code sh}, {@code bash}
 * or {@code shell} (commands; a {@code #   } line, hash and at least two spaces, under a command is
 * output shown for it; other {@code #} lines are prose), or any fenced block with lines starting
 * {@code g! } (a Gogo transcript: each such line a command, the lines under it its output). Other
 * blocks (configuration files, output alone) are not examples. The HTML comment right above a
 * fence, {@code <!-- example: not-run, reason -->} or {@code <!-- example: own-container, reason -->},
 * says how the example is run; any other {@code example:} comment is an error, so a typo cannot
 * silently skip one. A jshell session ({@code jshell> } lines) is not run here and must be marked
 * not-run, naming the test that runs it.
 */
public final class ReadmeParser {

    private static final Pattern FENCE = Pattern.compile("^(\\s*)```\\s*([\\w+-]*)\\s*$");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+\\S.*$");
    private static final Pattern MARKER = Pattern.compile("^\\s*<!--\\s*example:\\s*([\\w-]+)\\s*(?:,\\s*(.*?))?\\s*-->\\s*$");
    private static final Pattern SHOWN = Pattern.compile("^#\\s{2,}(.*)$");
    /** A status given as a comment after a command: {@code curl ... # 400: untags nothing}. */
    private static final Pattern INLINE_STATUS = Pattern.compile("\\s#\\s*([1-5]\\d\\d)(?:[:,]|\\s|$)");
    private static final Set<String> SHELLS = Set.of("sh", "bash", "shell");
    private static final String PROMPT = "g! ";
    private static final String JSHELL = "jshell> ";

    private ReadmeParser() {
    }

    /** The examples of the text, in order; {@code file} names it in messages. */
    public static List<Example> parse(String file, String markdown) {
        List<String> lines = markdown.lines().toList();
        List<Example> examples = new ArrayList<>();
        String section = "top";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher fence = FENCE.matcher(line);
            if (!fence.matches()) {
                if (HEADING.matcher(line).matches()) {
                    section = line.trim();
                }
                continue;
            }
            int indent = fence.group(1).length();
            String language = fence.group(2).toLowerCase(Locale.ROOT);
            int start = i + 1;
            List<String> body = new ArrayList<>();
            for (i = start; i < lines.size() && !lines.get(i).trim().equals("```"); i++) {
                String inner = lines.get(i);
                body.add(inner.length() >= indent && inner.substring(0, indent).isBlank() ? inner.substring(indent) : inner.strip());
            }
            if (i == lines.size()) {
                throw new IllegalArgumentException(file + ":" + start + ": fence never closed");
            }
            Kind kind = SHELLS.contains(language) ? Kind.SHELL
                    : body.stream().anyMatch(l -> l.startsWith(PROMPT)) ? Kind.GOGO : null;
            String[] marker = marker(file, lines, start - 1);
            if (kind == null && marker == null && body.stream().anyMatch(l -> l.startsWith(JSHELL))) {
                throw new IllegalArgumentException(file + ":" + start + ": a jshell session is not run by this test: mark it"
                        + " <!-- example: not-run, the test that runs it --> (confine.orm's JshellSessionIT runs its README's)");
            }
            if (kind == null && marker != null && marker[0].equals("not-run")) {
                continue; // a jshell session or other block run elsewhere
            }
            if (kind == null) {
                if (marker != null) {
                    throw new IllegalArgumentException(file + ":" + start + ": an example marker above a block that is no example");
                }
                continue;
            }
            Marker how = marker == null ? Marker.SHARED : switch (marker[0]) {
                case "not-run" -> Marker.NOT_RUN;
                case "own-container" -> Marker.OWN_CONTAINER;
                default -> throw new IllegalArgumentException(file + ":" + (start - 1) + ": unknown example marker '" + marker[0]
                        + "' (not-run or own-container)");
            };
            String reason = marker == null ? "" : marker[1];
            if (how == Marker.NOT_RUN && reason.isBlank()) {
                throw new IllegalArgumentException(file + ":" + (start - 1) + ": a not-run example needs a reason");
            }
            List<Step> steps = kind == Kind.SHELL ? shellSteps(file, body, start + 1) : gogoSteps(body, start + 1);
            examples.add(new Example(file, start, section, kind, how, reason, steps));
        }
        return examples;
    }

    /** The marker comment on the nearest non-blank line above the fence: {name, reason}, or null. */
    private static String[] marker(String file, List<String> lines, int fenceIndex) {
        for (int j = fenceIndex - 1; j >= 0; j--) {
            if (lines.get(j).isBlank()) {
                continue;
            }
            Matcher m = MARKER.matcher(lines.get(j));
            if (m.matches()) {
                return new String[] {m.group(1), m.group(2) == null ? "" : m.group(2)};
            }
            if (lines.get(j).contains("example:") && lines.get(j).contains("<!--")) {
                throw new IllegalArgumentException(file + ":" + (j + 1) + ": an example marker must be one line: <!-- example: not-run, reason -->");
            }
            return null;
        }
        return null;
    }

    private static List<Step> shellSteps(String file, List<String> body, int firstLine) {
        List<Step> steps = new ArrayList<>();
        StringBuilder command = null;
        int commandLine = 0;
        List<Shown> shown = new ArrayList<>();
        for (int k = 0; k < body.size(); k++) {
            String line = body.get(k);
            int number = firstLine + k;
            if (command != null && continues(command)) {
                command.append('\n').append(line);
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            Matcher output = SHOWN.matcher(line);
            if (output.matches()) {
                if (command == null) {
                    throw new IllegalArgumentException(file + ":" + number + ": output shown before any command");
                }
                shown.add(new Shown(number, output.group(1).strip()));
                continue;
            }
            if (line.startsWith("#")) {
                continue; // prose
            }
            if (command != null) {
                steps.add(step(commandLine, command.toString(), shown));
                shown = new ArrayList<>();
            }
            command = new StringBuilder(line);
            commandLine = number;
        }
        if (command != null) {
            steps.add(step(commandLine, command.toString(), shown));
        }
        return steps;
    }

    /**
     * Whether the command goes on on the next line, as bash reads it: a backslash at the end, or a
     * quote still open ({@code '...'}, {@code "..."}, {@code $'...'}); a {@code #} starting a word
     * outside quotes starts a comment, whose apostrophes open nothing.
     */
    static boolean continues(CharSequence command) {
        char quote = 0; // 0, '\'', '"' or '$' (for $'...')
        boolean comment = false;
        boolean escaped = false;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (c == '\n') {
                comment = false;
            }
            if (comment) {
                continue;
            }
            if (escaped) {
                escaped = false;
                continue;
            }
            switch (quote) {
                case 0 -> {
                    if (c == '\\') {
                        escaped = true;
                    } else if (c == '\'') {
                        quote = i > 0 && command.charAt(i - 1) == '$' ? '$' : '\'';
                    } else if (c == '"') {
                        quote = '"';
                    } else if (c == '#' && (i == 0 || Character.isWhitespace(command.charAt(i - 1)))) {
                        comment = true;
                    }
                }
                case '\'' -> quote = c == '\'' ? 0 : quote;
                default -> {
                    if (c == '\\') {
                        escaped = true;
                    } else if (c == (quote == '$' ? '\'' : '"')) {
                        quote = 0;
                    }
                }
            }
        }
        return quote != 0 || escaped;
    }

    private static Step step(int line, String command, List<Shown> shown) {
        String last = command.substring(command.lastIndexOf('\n') + 1);
        Matcher status = INLINE_STATUS.matcher(last);
        return new Step(line, command, List.copyOf(shown), status.find() ? Integer.valueOf(status.group(1)) : null);
    }

    private static List<Step> gogoSteps(List<String> body, int firstLine) {
        List<Step> steps = new ArrayList<>();
        String command = null;
        int commandLine = 0;
        List<Shown> shown = new ArrayList<>();
        for (int k = 0; k < body.size(); k++) {
            String line = body.get(k);
            if (line.startsWith(PROMPT)) {
                if (command != null) {
                    steps.add(new Step(commandLine, command, List.copyOf(shown), null));
                    shown = new ArrayList<>();
                }
                command = line.substring(PROMPT.length()).strip();
                commandLine = firstLine + k;
            } else if (command != null && !line.isBlank()) {
                shown.add(new Shown(firstLine + k, line.stripTrailing()));
            }
        }
        if (command != null) {
            steps.add(new Step(commandLine, command, List.copyOf(shown), null));
        }
        return steps;
    }
}
