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
 * Reads a request body as UTF-8 lines (ended by LF or CRLF), refusing a body larger than
 * the limit (413), a line longer than the limit and text that is not UTF-8 (400) before
 * it is held in memory. The body stream stays open: it belongs to the server.
 */
final class BodyLines {

    private final Reader reader;
    private final int maxLineLength;
    private final StringBuilder line = new StringBuilder();
    private int number;
    private boolean ended;

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
            while ((c = reader.read()) >= 0) {
                if (c == '\n') {
                    return withoutCarriageReturn();
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
        return line.length() == 0 ? null : withoutCarriageReturn();
    }

    /** {@code line N} of the line last returned. */
    String where() {
        return "line " + number;
    }

    private String withoutCarriageReturn() {
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
            end--;
        }
        if (end > maxLineLength) {
            throw OcciException.badRequest(where() + ": longer than " + maxLineLength + " characters");
        }
        return line.substring(0, end);
    }
}
