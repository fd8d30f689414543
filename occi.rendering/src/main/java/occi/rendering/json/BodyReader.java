package occi.rendering.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import occi.api.OcciException;

/**
 * Reads a request body into a JSON tree, refusing what is not one JSON value: too long
 * (413, counted while reading, whatever {@code Content-Length} said), malformed, nested
 * too deep, with repeated member names or trailing content (400, with line and column).
 */
final class BodyReader {

    private final ObjectMapper mapper;
    private final int maxBytes;

    /** {@code mapper}'s factory carries the nesting limit and duplicate detection. */
    BodyReader(ObjectMapper mapper, int maxBytes) {
        this.mapper = mapper;
        this.maxBytes = maxBytes;
    }

    /** The body's JSON value, or {@code null} for an empty body. */
    JsonNode read(InputStream body) {
        try (JsonParser parser = mapper.getFactory().createParser(new LimitedInputStream(body, maxBytes))) {
            if (parser.nextToken() == null) {
                return null;
            }
            JsonNode document = mapper.readTree(parser);
            if (parser.nextToken() != null) {
                throw malformed("content after the JSON value", parser.currentTokenLocation());
            }
            return document;
        } catch (TooLargeException e) {
            throw new OcciException(413, "the request body is longer than " + maxBytes + " bytes");
        } catch (JsonProcessingException e) {
            throw malformed(e.getOriginalMessage(), e.getLocation());
        } catch (IOException e) {
            throw new OcciException(400, "the request body could not be read: " + e.getMessage(), e);
        }
    }

    private static OcciException malformed(String what, JsonLocation where) {
        String at = where == null || where.getLineNr() < 0 ? ""
                : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
        // Jackson names the (redacted) source inside nested locations; the client knows its own body.
        // Nor does it need Jackson's setting names: "(1000, from `StreamReadConstraints...`)", ": enable `JsonReadFeature...` to allow".
        String said = what == null ? "" : what.replaceAll("\\[Source: [^;]*; ", "[")
                .replaceAll(", from `[^`]*`", "").replaceAll(":? *\\(?enable `[^`]*` to allow\\)?", "");
        return new OcciException(400, "malformed JSON" + at + ": " + said);
    }

    /** Thrown by the body stream past the limit; Jackson passes I/O errors through unwrapped. */
    private static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** Counts bytes as they are read and fails past the limit. */
    private static final class LimitedInputStream extends FilterInputStream {
        private long left;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLargeException {
            left -= n;
            if (left < 0) {
                throw new TooLargeException();
            }
        }
    }
}
