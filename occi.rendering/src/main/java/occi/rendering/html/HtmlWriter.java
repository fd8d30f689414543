package occi.rendering.html;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes HTML to a stream as it goes, escaping every value: element names and attribute
 * names are the code's own constants, everything else passes through {@link Html}. Pages
 * never build a document in memory, so a long collection streams out row by row.
 */
final class HtmlWriter {

    private final Writer out;

    HtmlWriter(OutputStream body) {
        this.out = new BufferedWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8));
    }

    HtmlWriter(Writer out) {
        this.out = out;
    }

    /** Opens an element; {@code attributes} are name/value pairs, a {@code null} value omits the pair. */
    HtmlWriter open(String element, String... attributes) throws IOException {
        out.write('<');
        out.write(element);
        writeAttributes(attributes);
        out.write('>');
        return this;
    }

    /** A void element such as {@code input} or {@code meta}. */
    HtmlWriter empty(String element, String... attributes) throws IOException {
        return open(element, attributes);
    }

    HtmlWriter close(String element) throws IOException {
        out.write("</");
        out.write(element);
        out.write('>');
        return this;
    }

    /** An element with text content only. */
    HtmlWriter element(String element, String text, String... attributes) throws IOException {
        return open(element, attributes).text(text).close(element);
    }

    HtmlWriter text(String text) throws IOException {
        out.write(Html.text(text));
        return this;
    }

    /** Markup that is the code's own constant text (a doctype, the stylesheet's CSS). */
    HtmlWriter trusted(String markup) throws IOException {
        out.write(markup);
        return this;
    }

    HtmlWriter newline() throws IOException {
        out.write('\n');
        return this;
    }

    void flush() throws IOException {
        out.flush();
    }

    private void writeAttributes(String... attributes) throws IOException {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            String value = attributes[i + 1];
            if (value == null) {
                continue;
            }
            out.write(' ');
            out.write(attributes[i]);
            out.write("=\"");
            out.write(Html.attribute(value));
            out.write('"');
        }
    }
}
