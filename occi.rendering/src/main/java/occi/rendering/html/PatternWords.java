package occi.rendering.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An attribute's validation pattern in words where it has a plain reading: a choice among
 * literals ({@code a|b|c}, also anchored or in a group) is "one of: a, b, c", a run of
 * digits is "digits only", and a few well-known patterns (whole numbers, a host name, a MAC
 * address) have readings of their own. Any other pattern is shown as itself, labelled as a pattern.
 */
final class PatternWords {

    // A literal alternative: letters, digits and a few punctuation marks that mean nothing in a regex.
    private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9_ :,/@=-]+");
    private static final List<String> DIGITS = List.of("\\d+", "[0-9]+");
    // Readings of patterns the OCCI infrastructure model and common backends use, by their exact text.
    private static final Map<String, String> KNOWN = Map.of(
            "[1-9][0-9]*", "a whole number from 1",
            "0|[1-9][0-9]*", "a whole number from 0",
            "(?!-)(?![0.]+$)(?![0.]+E).+", "a number above 0",
            "\\S+", "no white space",
            "(?s)\\s*\\S.*", "not blank",
            "[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}", "a MAC address (six hexadecimal pairs separated by colons)",
            "0|[1-9][0-9]{0,2}|[1-3][0-9]{3}|40[0-8][0-9]|409[0-5]", "a whole number from 0 to 4095",
            "(?=.{1,254}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.?",
            "a DNS host name");

    private PatternWords() {}

    static String of(String pattern) {
        String known = KNOWN.get(pattern);
        if (known != null) {
            return known;
        }
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
