package occi.rendering.text;

import java.util.regex.Pattern;
import occi.api.OcciException;

/**
 * The lexer of one field value: reads tokens, quoted strings and {@code <URI>}s from left
 * to right and reports what is wrong and where ({@code line 3: missing scheme in Category}).
 */
final class Cursor {

    private static final Pattern HEX4 = Pattern.compile("[0-9A-Fa-f]{4}");

    private final String text;
    private final String where;
    private int position;

    Cursor(String text, String where) {
        this.text = text;
        this.where = where;
    }

    String where() {
        return where;
    }

    /** Skips spaces and tabs, then tells whether anything is left. */
    boolean atEnd() {
        skipSpaces();
        return position >= text.length();
    }

    /** The next character after spaces, or 0 at the end. */
    char peek() {
        skipSpaces();
        return position < text.length() ? text.charAt(position) : 0;
    }

    /** Consumes {@code c} (after spaces) if it comes next. */
    boolean consume(char c) {
        if (peek() == c && position < text.length()) {
            position++;
            return true;
        }
        return false;
    }

    void expect(char c, String context) {
        if (!consume(c)) {
            throw error("expected '" + c + "' " + context + ", found " + found());
        }
    }

    /**
     * A run of characters up to a space or one of {@code ; = , " < > { }}: a term, a
     * parameter name, a number, {@code true}.
     */
    String token(String what) {
        skipSpaces();
        int start = position;
        while (position < text.length() && !isDelimiter(text.charAt(position))) {
            position++;
        }
        if (start == position) {
            throw error("missing " + what + ", found " + found());
        }
        return text.substring(start, position);
    }

    /**
     * A quoted string, the opening quote next. A backslash escapes the next character
     * (RFC 7230 quoted-pair); {@code \n}, {@code \r}, {@code \t} and {@code \}{@code uXXXX}
     * are the control and non-ASCII characters the writer escapes.
     */
    String quoted(String what) {
        expect('"', "to open " + what);
        StringBuilder value = new StringBuilder();
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (c == '"') {
                return value.toString();
            }
            if (c != '\\') {
                value.append(c);
                continue;
            }
            if (position >= text.length()) {
                break;
            }
            char escaped = text.charAt(position++);
            switch (escaped) {
                case 'n' -> value.append('\n');
                case 'r' -> value.append('\r');
                case 't' -> value.append('\t');
                case 'u' -> value.append(unicodeEscape(what));
                default -> value.append(escaped);
            }
        }
        throw error("unterminated quoted string in " + what);
    }

    /** A {@code <URI-reference>}, the '<' next. */
    String angled(String what) {
        expect('<', "to open " + what);
        int end = text.indexOf('>', position);
        if (end < 0) {
            throw error("missing '>' to close " + what);
        }
        String uri = text.substring(position, end).trim();
        position = end + 1;
        if (uri.isEmpty()) {
            throw error("empty " + what);
        }
        return uri;
    }

    /** What the cursor is looking at, for error messages. */
    String found() {
        if (atEnd()) {
            return "the end";
        }
        int end = Math.min(text.length(), position + 20);
        return "'" + text.substring(position, end) + (end < text.length() ? "..." : "") + "'";
    }

    OcciException error(String problem) {
        return OcciException.badRequest(where + ": " + problem);
    }

    private char unicodeEscape(String what) {
        if (position + 4 > text.length()) {
            throw error("incomplete \\u escape in " + what);
        }
        String hex = text.substring(position, position + 4);
        if (!HEX4.matcher(hex).matches()) {
            throw error("'\\u" + hex + "' in " + what + " is not a \\u escape of four hex digits");
        }
        position += 4;
        return (char) Integer.parseInt(hex, 16);
    }

    private void skipSpaces() {
        while (position < text.length() && (text.charAt(position) == ' ' || text.charAt(position) == '\t')) {
            position++;
        }
    }

    private static boolean isDelimiter(char c) {
        return switch (c) {
            case ' ', '\t', ';', '=', ',', '"', '<', '>', '{', '}' -> true;
            default -> false;
        };
    }
}
