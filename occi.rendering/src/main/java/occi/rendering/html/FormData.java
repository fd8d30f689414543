package occi.rendering.html;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import occi.api.OcciException;

/**
 * The fields of an {@code application/x-www-form-urlencoded} body, as a browser sends an
 * HTML form: every value of every name, in order. Malformed input (bad UTF-8, a broken
 * percent escape) is a 400 with a message that says what was wrong.
 */
final class FormData {

    private final Map<String, List<String>> fields;

    private FormData(Map<String, List<String>> fields) {
        this.fields = fields;
    }

    static FormData read(InputStream body) {
        try {
            return parse(body == null ? "" : decodeUtf8(body.readAllBytes()));
        } catch (IOException e) {
            throw new OcciException(400, "the form body could not be read: " + e.getMessage(), e);
        }
    }

    static FormData parse(String body) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return new FormData(fields);
    }

    /** Every value of a field, empty when absent. */
    List<String> all(String name) {
        return Collections.unmodifiableList(fields.getOrDefault(name, List.of()));
    }

    /** The field names, in the order they first appear. */
    Iterable<String> names() {
        return fields.keySet();
    }

    /**
     * The one value of a field that a user filled in: blank values count as not given (an
     * empty text box), two different filled-in values are an error.
     */
    String single(String name) {
        String found = null;
        for (String value : all(name)) {
            if (value.isBlank()) {
                continue;
            }
            if (found != null && !found.equals(value)) {
                throw OcciException.badRequest("form field " + name + " is given twice with different values");
            }
            found = value;
        }
        return found;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw OcciException.badRequest("malformed form encoding: " + e.getMessage());
        }
    }

    private static String decodeUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw OcciException.badRequest("the form body is not UTF-8");
        }
    }
}
