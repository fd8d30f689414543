package occi.rendering.text;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Writes fields as {@code Name: value} lines (CRLF-ended, as GFD.229 writes them) of a UTF-8 body, streamed. */
final class BodyFieldSink implements FieldSink {

    private final Writer writer;

    BodyFieldSink(OutputStream body) {
        this.writer = new BufferedWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8));
    }

    @Override
    public void field(FieldName name, String value) throws IOException {
        writer.write(name.text());
        writer.write(": ");
        writer.write(value);
        writer.write("\r\n");
    }

    @Override
    public boolean asciiOnly() {
        return false;
    }

    /** Flushes; the body stream stays open, it belongs to the server. */
    @Override
    public void finish() throws IOException {
        writer.flush();
    }
}
