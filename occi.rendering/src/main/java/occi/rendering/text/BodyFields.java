package occi.rendering.text;

import java.io.InputStream;
import java.util.List;
import java.util.regex.Pattern;
import occi.api.OcciException;

/**
 * The fields of a text/plain request, from its body: one {@code Name: value} per line,
 * each value possibly a comma-joined list as in a header. A line that starts with a
 * space or tab continues the one before (HTTP's folding, as clients pretty-print long
 * Category lines); blank lines are skipped.
 */
final class BodyFields {

    /** An HTTP field name (RFC 7230 token). */
    private static final Pattern FIELD_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    private BodyFields() {}

    static List<Field> read(InputStream body, TextLimits limits) {
        FieldCounter counter = new FieldCounter(limits);
        BodyLines lines = new BodyLines(body, limits);
        Pending pending = null;
        for (String line = lines.next(); line != null; line = lines.next()) {
            if (line.isBlank()) {
                pending = flush(pending, counter);
            } else if (Character.isWhitespace(line.charAt(0)) && pending != null) {
                pending.value.append(' ').append(line.trim());
            } else {
                flush(pending, counter);
                pending = field(line, lines.where());
            }
        }
        flush(pending, counter);
        return counter.fields();
    }

    private static Pending field(String line, String where) {
        int colon = line.indexOf(':');
        if (colon <= 0 || !FIELD_NAME.matcher(line.substring(0, colon).trim()).matches()) {
            throw OcciException.badRequest(where + ": expected 'Name: value', found '" + abbreviate(line) + "'");
        }
        String name = line.substring(0, colon);
        FieldName field = FieldName.of(name).orElseThrow(() -> OcciException.badRequest(where + ": unknown field '"
                + abbreviate(name.trim()) + "', expected Category, Link, X-OCCI-Attribute or X-OCCI-Location"));
        return new Pending(field, new StringBuilder(line.substring(colon + 1).trim()), where);
    }

    private static Pending flush(Pending pending, FieldCounter counter) {
        if (pending != null) {
            List<String> values = ListSplitter.split(pending.value.toString());
            for (int i = 0; i < values.size(); i++) {
                counter.add(pending.name, values.get(i),
                        pending.where + (values.size() > 1 ? ", value " + (i + 1) : ""));
            }
        }
        return null;
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }

    /** A field whose continuation lines may still follow. */
    private record Pending(FieldName name, StringBuilder value, String where) {
    }
}
