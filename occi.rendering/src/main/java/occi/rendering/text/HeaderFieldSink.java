package occi.rendering.text;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import occi.api.rendering.OcciResponse;

/**
 * Writes fields as response headers, comma-joined per name as GFD.229 recommends. A
 * joined value is cut into several header lines of the same name past a length, since
 * servers and clients limit a header line's size; both forms mean the same. Then the body
 * {@code OK}.
 */
final class HeaderFieldSink implements FieldSink {

    /** Longest joined header value written before a new header line of the same name starts. */
    static final int MAX_HEADER_VALUE = 4096;

    private final OcciResponse response;
    private final Map<FieldName, StringBuilder> pending = new EnumMap<>(FieldName.class);

    HeaderFieldSink(OcciResponse response) {
        this.response = response;
    }

    @Override
    public void field(FieldName name, String value) {
        StringBuilder joined = pending.computeIfAbsent(name, n -> new StringBuilder());
        if (joined.length() > 0 && joined.length() + 2 + value.length() > MAX_HEADER_VALUE) {
            response.addHeader(name.text(), joined.toString());
            joined.setLength(0);
        }
        if (joined.length() > 0) {
            joined.append(", ");
        }
        joined.append(value);
    }

    @Override
    public boolean asciiOnly() {
        return true;
    }

    /** Adds the held-back headers in field order (Category, Link, X-OCCI-Attribute, X-OCCI-Location), then writes {@code OK}. */
    @Override
    public void finish() throws IOException {
        pending.forEach((name, joined) -> {
            if (joined.length() > 0) {
                response.addHeader(name.text(), joined.toString());
            }
        });
        pending.clear();
        OutputStream body = response.body();
        body.write("OK".getBytes(StandardCharsets.US_ASCII));
        body.flush();
    }
}
