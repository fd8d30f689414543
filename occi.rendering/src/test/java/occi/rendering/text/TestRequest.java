package occi.rendering.text;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import occi.api.rendering.OcciRequest;

/** A request as the server hands it to a rendering: headers by name (any case), one entry per header line, and a body. */
final class TestRequest implements OcciRequest {

    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    private final String contentType;
    private final byte[] body;

    private TestRequest(String contentType, byte[] body) {
        this.contentType = contentType;
        this.body = body;
    }

    static TestRequest body(String text) {
        return new TestRequest("text/plain", text.getBytes(StandardCharsets.UTF_8));
    }

    static TestRequest bytes(byte[] body) {
        return new TestRequest("text/plain", body);
    }

    static TestRequest headers() {
        return new TestRequest("text/occi", new byte[0]);
    }

    /** Adds one header line. */
    TestRequest header(String name, String value) {
        headers.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>()).add(value);
        return this;
    }

    @Override
    public List<String> headers(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    @Override
    public String contentType() {
        return contentType;
    }

    @Override
    public InputStream body() {
        return new ByteArrayInputStream(body);
    }
}
