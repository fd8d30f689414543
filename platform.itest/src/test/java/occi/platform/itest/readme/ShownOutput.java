package occi.platform.itest.readme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares output shown in a README with real output. In a shown line {@code …} stands for
 * anything (also across lines), and an id is a placeholder for whatever id the server gave: a
 * UUID, or a shortened one ({@code b1808c96-…}, {@code 0c1d…}: hex digits, an optional hyphen and
 * the ellipsis). The first time a placeholder appears in shown output it is bound to the real id
 * at that place; from then on (in commands and shown output of the same README section) it
 * stands for that id. The port of the README, 8080, stands for the test's.
 */
public final class ShownOutput {

    static final String ANYTHING = "…";
    private static final Pattern ID = Pattern.compile(
            "\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b|\\b[0-9a-f]{4,}-?…");
    /** What an id in a path or a document may be made of. */
    private static final String ID_VALUE = "([A-Za-z0-9._~-]+)";
    private static final Pattern HEADER = Pattern.compile("^([A-Za-z][A-Za-z0-9-]*):\\s");
    private static final Pattern INLINE_COMMENT = Pattern.compile("\\s#\\s.*$", Pattern.MULTILINE);
    private static final Pattern README_ADDRESS = Pattern.compile("(127\\.0\\.0\\.1|localhost):8080\\b");

    private final int port;
    private final Map<String, String> ids = new LinkedHashMap<>();

    public ShownOutput(int port) {
        this.port = port;
    }

    /** Forgets the ids bound so far: a new README section starts. */
    public void newSection() {
        ids.clear();
    }

    /** The command to run: the test's port, and the ids bound so far; an unbound id is an error. */
    public String command(String shown) {
        // a comment after the command is prose for the reader: its ids need no binding
        List<String> unbound = unboundIds(INLINE_COMMENT.matcher(shown).replaceAll(""));
        if (!unbound.isEmpty()) {
            throw new IllegalStateException("the command uses the id " + unbound.get(0)
                    + ", which no output shown earlier in this section gave (show the answer that creates it, with the id)");
        }
        return withIds(README_ADDRESS.matcher(shown).replaceAll("$1:" + port));
    }

    /**
     * Finds the shown line in the output (lines without {@code \r}, trailing blanks removed) and binds
     * its ids; false when it is not there. A header name ({@code Location: ...}) matches in any case.
     */
    public boolean find(String shownLine, String output) {
        Matcher m = pattern(shownLine).matcher(output);
        if (!m.find()) {
            return false;
        }
        bind(shownLine, m);
        return true;
    }

    /** Whether one line of output is the shown line, binding its ids if so. */
    public boolean matchesLine(String shownLine, String outputLine) {
        Matcher m = pattern(shownLine).matcher(outputLine);
        if (!m.matches()) {
            return false;
        }
        bind(shownLine, m);
        return true;
    }

    /** The output as compared: no carriage returns, no trailing blanks. */
    public static String normalize(String output) {
        StringBuilder out = new StringBuilder();
        output.replace("\r", "").lines().forEach(l -> out.append(l.stripTrailing()).append('\n'));
        return out.toString();
    }

    private void bind(String shownLine, Matcher m) {
        List<String> unbound = unboundIds(shownLine);
        for (int g = 0; g < unbound.size(); g++) {
            ids.putIfAbsent(unbound.get(g), m.group(g + 1));
        }
    }

    private List<String> unboundIds(String shownLine) {
        List<String> unbound = new ArrayList<>();
        Matcher id = ID.matcher(shownLine);
        while (id.find()) {
            if (!ids.containsKey(id.group())) {
                unbound.add(id.group());
            }
        }
        return unbound;
    }

    private String withIds(String text) {
        return ID.matcher(text).replaceAll(id -> Matcher.quoteReplacement(ids.getOrDefault(id.group(), id.group())));
    }

    private Pattern pattern(String shownLine) {
        String line = README_ADDRESS.matcher(shownLine.stripTrailing()).replaceAll("$1:" + port);
        StringBuilder regex = new StringBuilder();
        Matcher header = HEADER.matcher(line);
        int from = 0;
        if (header.find()) {
            regex.append("(?i:").append(Pattern.quote(header.group(1))).append(")");
            from = header.end(1);
        }
        if (!line.startsWith(ANYTHING)) {
            regex.insert(0, "^");
        }
        Matcher id = ID.matcher(line);
        int at = from;
        while (id.find(at)) {
            literal(regex, line.substring(at, id.start()));
            String bound = ids.get(id.group());
            regex.append(bound == null ? ID_VALUE : Pattern.quote(bound));
            at = id.end();
        }
        literal(regex, line.substring(at));
        if (!line.endsWith(ANYTHING)) {
            regex.append("$");
        }
        return Pattern.compile(regex.toString(), Pattern.MULTILINE | Pattern.DOTALL);
    }

    /** Literal text, in which {@code …} is anything (the blanks around it too: it may stand for line breaks). */
    private static void literal(StringBuilder regex, String text) {
        String[] parts = text.split("\\s*" + ANYTHING + "\\s*", -1);
        for (int p = 0; p < parts.length; p++) {
            if (p > 0) {
                regex.append(".*?");
            }
            if (!parts[p].isEmpty()) {
                regex.append(Pattern.quote(parts[p]));
            }
        }
    }
}
