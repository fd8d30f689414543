package occi.rendering.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Writes attribute values as GFD.229 types them, so that {@link TypedValues} reads them
 * back as they were: strings quoted, integers and floats bare, booleans bare. The text grammar has no arrays or objects: those are
 * written as their JSON text, quoted.
 *
 * <p>GFD.229's numbers are digits with at most one point ({@code int = *DIGIT},
 * {@code float = *DIGIT "." *DIGIT}): no sign, no exponent. A number the grammar cannot
 * hold (negative, or of an extreme scale) is written as a quoted string of its digits;
 * the server reads such a string back by the attribute's type.
 */
final class TextValues {

    // plain digits only up to this many; beyond, scientific notation keeps the line short
    private static final int MAX_PLAIN_SCALE = 1000;

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[0-9]+(\\.[0-9]+)?");

    private final ObjectMapper json = new ObjectMapper();

    /** A value: {@code "text"}, {@code 2}, {@code 2.5}, {@code true}. */
    String value(Object value, boolean asciiOnly) {
        if (value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte
                || value instanceof java.math.BigInteger) {
            return number(value.toString(), asciiOnly);
        }
        if (value instanceof BigDecimal number) {
            return number(decimal(number), asciiOnly);
        }
        if (value instanceof Double || value instanceof Float) {
            return number(decimal(BigDecimal.valueOf(((Number) value).doubleValue())), asciiOnly);
        }
        if (value instanceof List<?> || value instanceof Map<?, ?>) {
            return quoted(jsonText(value), asciiOnly);
        }
        return quoted(String.valueOf(value), asciiOnly);
    }

    /** Bare when GFD.229's number grammar holds the digits, quoted otherwise. */
    private static String number(String digits, boolean asciiOnly) {
        return NUMBER.matcher(digits).matches() ? digits : quoted(digits, asciiOnly);
    }

    /**
     * A quoted string: {@code "} and {@code \} escaped with a backslash (RFC 7230
     * quoted-pair), control characters as {@code \n}, {@code \r}, {@code \t} or
     * {@code \}{@code uXXXX} (a raw line end would end the field), and, in headers,
     * non-ASCII characters as {@code \}{@code uXXXX} (header values are ASCII in HTTP).
     */
    static String quoted(String text, boolean asciiOnly) {
        return appendQuoted(new StringBuilder(text.length() + 2), text, asciiOnly).toString();
    }

    /**
     * {@link #quoted} appended to a field being built, without a string of its own: a GET
     * of one entity writes a dozen quoted values, and most need no escape at all.
     */
    static StringBuilder appendQuoted(StringBuilder out, String text, boolean asciiOnly) {
        out.append('"');
        int clean = cleanPrefix(text, asciiOnly);
        out.append(text, 0, clean);
        for (int i = clean; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"', '\\' -> out.append('\\').append(c);
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (needsEscape(c, asciiOnly)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }

    /** How many leading characters go out as they are. */
    private static int cleanPrefix(String text, boolean asciiOnly) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\' || needsEscape(c, asciiOnly)) {
                return i;
            }
        }
        return text.length();
    }

    private static boolean needsEscape(char c, boolean asciiOnly) {
        return c < 0x20 || c == 0x7f || (asciiOnly && c > 0x7e);
    }

    /**
     * Digits as they are, so that a value read back has the same scale: {@code 4.50}
     * stays {@code 4.50}, a whole number is written (and read back) as an integer. An
     * extreme scale is written in scientific notation rather than as a thousand zeros.
     */
    private static String decimal(BigDecimal number) {
        return Math.abs(number.scale()) <= MAX_PLAIN_SCALE ? number.toPlainString() : number.toString();
    }

    private String jsonText(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            // canonical attribute values are strings, numbers, booleans, lists and maps: always writable
            throw new IllegalStateException("cannot write an attribute value as JSON", e);
        }
    }
}
