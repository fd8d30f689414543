package occi.rendering.text;

import java.util.function.Consumer;

/**
 * How much of a request the text renderings read before refusing it: the longest line
 * (or header value), the most fields, the largest body.
 *
 * @param maxLineLength characters in one body line or one header value; more gives 400
 * @param maxFields     Category, Link, X-OCCI-Attribute and X-OCCI-Location values in one request; more gives 400
 * @param maxBodyBytes  bytes in a request body; more gives 413
 */
record TextLimits(int maxLineLength, int maxFields, long maxBodyBytes) {

    static final int DEFAULT_MAX_LINE_LENGTH = 8 * 1024;
    static final int DEFAULT_MAX_FIELDS = 1_000;
    static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

    static final TextLimits DEFAULTS = new TextLimits(DEFAULT_MAX_LINE_LENGTH, DEFAULT_MAX_FIELDS, DEFAULT_MAX_BODY_BYTES);

    TextLimits {
        if (maxLineLength < 1 || maxFields < 1 || maxBodyBytes < 1) {
            throw new IllegalArgumentException("text rendering limits are positive: " + maxLineLength + ", "
                    + maxFields + ", " + maxBodyBytes);
        }
    }

    /**
     * The limits a configuration asks for; a value that is not positive keeps its
     * default, and {@code warning} is told why (a typo must not turn the limit off).
     */
    static TextLimits of(TextLimitsConfig config, Consumer<String> warning) {
        return new TextLimits(
                positive(config.maxLineLength(), DEFAULT_MAX_LINE_LENGTH, "maxLineLength", warning),
                positive(config.maxFields(), DEFAULT_MAX_FIELDS, "maxFields", warning),
                positive(config.maxBodyBytes(), DEFAULT_MAX_BODY_BYTES, "maxBodyBytes", warning));
    }

    private static <N extends Number> N positive(N value, N fallback, String name, Consumer<String> warning) {
        if (value.longValue() > 0) {
            return value;
        }
        warning.accept("OCCI text rendering limit " + name + " must be positive, not " + value + "; using " + fallback);
        return fallback;
    }
}
