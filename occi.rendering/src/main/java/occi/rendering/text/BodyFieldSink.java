package occi.rendering.text;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes fields as {@code Name: value} lines (CRLF-ended, as GFD.229 writes them) of a UTF-8
 * body, streamed: the lines gather in a text buffer that is encoded and written out whenever
 * it holds {@value #DRAIN_AT} characters, and at the end. (A {@code BufferedWriter} over an
 * {@code OutputStreamWriter} allocated 24 kB of buffers per answer, most of the rendering's
 * allocation for one entity of 1 kB.)
 */
final class BodyFieldSink implements FieldSink {

    static final int DRAIN_AT = 4096;

    private final OutputStream body;
    private final StringBuilder pending = new StringBuilder(512);

    BodyFieldSink(OutputStream body) {
        this.body = body;
    }

    @Override
    public void field(FieldName name, String value) throws IOException {
        pending.append(name.text()).append(": ").append(value).append("\r\n");
        if (pending.length() >= DRAIN_AT) {
            drain();
        }
    }

    private void drain() throws IOException {
        if (pending.length() > 0) {
            body.write(pending.toString().getBytes(StandardCharsets.UTF_8));
            pending.setLength(0);
        }
    }

    @Override
    public boolean asciiOnly() {
        return false;
    }

    /** Flushes; the body stream stays open, it belongs to the server. */
    @Override
    public void finish() throws IOException {
        drain();
        body.flush();
    }
}
