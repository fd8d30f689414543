package occi.rendering.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a field value that joins several values with commas (RFC 7230 {@code #rule}):
 * {@code a="1", b="x, y"} is two values. Commas inside quoted strings (with backslash
 * escapes) and inside {@code <...>} URIs do not split.
 */
final class ListSplitter {

    private ListSplitter() {}

    /** The values, trimmed, empty ones left out (RFC 7230 allows empty list elements). */
    static List<String> split(String value) {
        List<String> items = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        boolean quoted = false;
        boolean angled = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (quoted) {
                if (c == '\\' && i + 1 < value.length()) {
                    item.append(c).append(value.charAt(++i));
                    continue;
                }
                quoted = c != '"';
            } else if (angled) {
                angled = c != '>';
            } else if (c == '"') {
                quoted = true;
            } else if (c == '<') {
                angled = true;
            } else if (c == ',') {
                add(items, item);
                continue;
            }
            item.append(c);
        }
        // an unterminated quote or '<' stays in the last item, where the parser reports it
        add(items, item);
        return items;
    }

    private static void add(List<String> items, StringBuilder item) {
        String trimmed = item.toString().trim();
        if (!trimmed.isEmpty()) {
            items.add(trimmed);
        }
        item.setLength(0);
    }
}
