package occi.example.rendering.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV records (RFC 4180): fields with a comma, quote or line break are quoted, a
 * quote is doubled, records end with CRLF. A field that a spreadsheet would read as a
 * formula ({@code =}, {@code +}, {@code -}, {@code @} first) gets a leading apostrophe, so a
 * value a client stored cannot run as a formula when an operator opens the file.
 */
final class Csv {

    private final Writer out;

    Csv(Writer out) {
        this.out = out;
    }

    void record(List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields.get(i)));
        }
        out.write("\r\n");
    }

    static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
