package occi.rendering.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An attribute's validation pattern in words where it has a plain reading: a choice among
 * literals ({@code a|b|c}, also anchored or in a group) is "one of: a, b, c", a run of
 * digits is "digits only". Any other pattern is shown as itself, labelled as a pattern.
 */
final class PatternWords {

    // A literal alternative: letters, digits and a few punctuation marks that mean nothing in a regex.
    private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9_ :,/@=-]+");
    private static final List<String> DIGITS = List.of("\\d+", "[0-9]+");

    private PatternWords() {}

    static String of(String pattern) {
        String body = unwrapped(pattern);
        if (DIGITS.contains(body)) {
            return "digits only";
        }
        List<String> choices = choices(body);
        if (choices != null) {
            return choices.size() == 1 ? "exactly " + choices.get(0) : "one of: " + String.join(", ", choices);
        }
        return "pattern " + pattern;
    }

    /** The literals of {@code a|b|c}, or {@code null} when any part is more than a literal. */
    private static List<String> choices(String body) {
        List<String> choices = new ArrayList<>();
        for (String part : body.split("\\|", -1)) {
            if (!LITERAL.matcher(part).matches()) {
                return null;
            }
            choices.add(part);
        }
        return choices;
    }

    /** Without the anchors and one enclosing group, which do not change what a whole value must match. */
    private static String unwrapped(String pattern) {
        String body = pattern;
        if (body.startsWith("^")) {
            body = body.substring(1);
        }
        if (body.endsWith("$") && !body.endsWith("\\$")) {
            body = body.substring(0, body.length() - 1);
        }
        if (body.startsWith("(?:") && body.endsWith(")") && body.indexOf(')') == body.length() - 1) {
            body = body.substring(3, body.length() - 1);
        } else if (body.startsWith("(") && body.endsWith(")") && body.indexOf(')') == body.length() - 1 && !body.startsWith("(?")) {
            body = body.substring(1, body.length() - 1);
        }
        return body;
    }
}
