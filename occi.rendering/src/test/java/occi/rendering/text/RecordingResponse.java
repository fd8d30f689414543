package occi.rendering.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import occi.api.rendering.OcciResponse;

/**
 * A response that keeps what a rendering writes, and holds it to the contract of
 * {@link OcciResponse}: no header after the first byte of the body.
 */
final class RecordingResponse implements OcciResponse {

    private final List<Map.Entry<String, String>> headers = new ArrayList<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final OutputStream body = new OutputStream() {
        @Override
        public void write(int b) {
            bytes.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            throw new IOException("the body belongs to the server: a rendering does not close it");
        }
    };

    @Override
    public void addHeader(String name, String value) {
        if (bytes.size() > 0) {
            throw new IllegalStateException("header " + name + " added after the body started");
        }
        headers.add(Map.entry(name, value));
    }

    @Override
    public OutputStream body() {
        return body;
    }

    /** Every header line, in order. */
    List<Map.Entry<String, String>> headers() {
        return headers;
    }

    /** The values of the header lines of one name, in order. */
    List<String> headers(String name) {
        return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).toList();
    }

    int bodySize() {
        return bytes.size();
    }

    String bodyText() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** The response read back as a request: its body, and its headers as request headers. */
    TestRequest asRequest() {
        TestRequest request = TestRequest.bytes(bytes.toByteArray());
        headers.forEach(h -> request.header(h.getKey(), h.getValue()));
        return request;
    }
}
