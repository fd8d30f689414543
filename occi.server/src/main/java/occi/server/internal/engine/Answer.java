package occi.server.internal.engine;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the engine answers: a status, header lines and a body known in full (so its length
 * is known). The HTTP adapter copies it to the client and then {@link #close closes} it.
 */
public final class Answer implements AutoCloseable {

    private final int status;
    private final List<Map.Entry<String, String>> headers = new ArrayList<>();
    private final SpillingBuffer body;
    private final boolean sendBody;

    Answer(int status, SpillingBuffer body, boolean sendBody) {
        this.status = status;
        this.body = body == null ? new SpillingBuffer() : body;
        this.sendBody = sendBody;
    }

    public int status() {
        return status;
    }

    public List<Map.Entry<String, String>> headers() {
        return List.copyOf(headers);
    }

    /** The first value of a header, or {@code null}. */
    public String header(String name) {
        return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst().orElse(null);
    }

    Answer header(String name, String value) {
        headers.add(Map.entry(name, value));
        return this;
    }

    /** The body's length, also for a HEAD answer that sends none. */
    public long contentLength() {
        return body.length();
    }

    /** Whether bytes follow the headers (not for HEAD, 204 and 304). */
    public boolean sendsBody() {
        return sendBody && status != 204 && status != 304;
    }

    public void writeBody(OutputStream out) throws IOException {
        if (sendsBody()) {
            body.writeTo(out);
        }
    }

    /** The body as text (tests). */
    public String bodyText() {
        return new String(body.toByteArray(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        body.close();
    }
}
