package occi.rendering.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import occi.api.OcciException;
import occi.rendering.support.BoundedInputStream;

/**
 * Reads a request body as UTF-8 lines, refusing a body larger than
 * the limit (413), a line longer than the limit and text that is not UTF-8 (400) before
 * it is held in memory. The body stream stays open: it belongs to the server.
 *
 * <p>A line ends at CRLF (GFD.229), LF, a lone CR, or "\n\r" (which at least one OCCI client
 * in use sends): a CR and an LF next to each other, in either order, are one line end.
 */
final class BodyLines {

    private final Reader reader;
    private final int maxLineLength;
    private final StringBuilder line = new StringBuilder();
    private int number;
    private boolean ended;
    /** A character read ahead to see whether a line end has two characters; -2 when none. */
    private int ahead = -2;

    BodyLines(InputStream body, TextLimits limits) {
        this.reader = new InputStreamReader(new BoundedInputStream(body, limits.maxBodyBytes()),
                StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
        this.maxLineLength = limits.maxLineLength();
    }

    /** The next line without its line end, or {@code null} after the last. */
    String next() {
        if (ended) {
            return null;
        }
        line.setLength(0);
        number++;
        try {
            int c;
            while ((c = read()) >= 0) {
                if (c == '\n' || c == '\r') {
                    int next = read();
                    if (next != (c == '\n' ? '\r' : '\n')) {
                        ahead = next; // not the other half of this line end: the next line's first character
                    }
                    return checkedLength();
                }
                if (line.length() > maxLineLength) {
                    throw OcciException.badRequest(where() + ": longer than " + maxLineLength + " characters");
                }
                // a byte order mark some editors put first is no part of the text
                if (!(number == 1 && line.length() == 0 && c == '\uFEFF')) {
                    line.append((char) c);
                }
            }
        } catch (CharacterCodingException e) {
            throw OcciException.badRequest(where() + ": the body is not UTF-8 text");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the request body", e);
        }
        ended = true;
        return line.length() == 0 ? null : checkedLength();
    }

    private int read() throws IOException {
        if (ahead != -2) {
            int c = ahead;
            ahead = -2;
            return c;
        }
        return reader.read();
    }

    /** {@code line N} of the line last returned. */
    String where() {
        return "line " + number;
    }

    private String checkedLength() {
        if (line.length() > maxLineLength) {
            throw OcciException.badRequest(where() + ": longer than " + maxLineLength + " characters");
        }
        return line.toString();
    }
}
