package occi.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How an attribute of a kind, mixin or action is typed and used: its type (with the
 * allowed values of an enum), whether clients may change it, whether it must be given at
 * creation, its default, a regular expression its string form must match, a description.
 *
 * <pre>
 * AttributeDefinition cores = AttributeDefinition.builder("occi.compute.cores", AttributeType.INTEGER)
 *         .description("number of CPU cores").build();
 * Object value = cores.coerce(2);   // 2L
 * </pre>
 *
 * @param name         the attribute's name, e.g. {@code occi.compute.cores}
 * @param type         the type of its values
 * @param enumValues   the allowed values when the type is {@link AttributeType#ENUM}, empty otherwise
 * @param mutable      whether a client may change the value after creation
 * @param required     whether the value must be present (given or defaulted) on creation
 * @param defaultValue the value filled in when a client gives none, or {@code null}
 * @param pattern      a regular expression the value's string form must match, or {@code null}
 * @param description  a human-readable description, or {@code null}
 */
public record AttributeDefinition(String name, AttributeType type, List<String> enumValues, boolean mutable,
        boolean required, Object defaultValue, String pattern, String description) {

    /** The longest pattern: matching is bounded in steps (see {@link #coerce}), compiling by this. */
    private static final int MAX_PATTERN = 1024;

    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_-]+(\\.[a-zA-Z0-9_-]+)*");

    public AttributeDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + name + "' is not a valid attribute name");
        }
        enumValues = List.copyOf(enumValues == null ? List.of() : enumValues);
        if (type == AttributeType.ENUM && enumValues.isEmpty()) {
            throw new IllegalArgumentException("enum attribute " + name + " needs its allowed values");
        }
        if (pattern != null) {
            if (pattern.length() > MAX_PATTERN) {
                // patterns come from clients (user mixins); compiling nests as deep as the pattern does
                throw new IllegalArgumentException("the pattern of " + name + " is longer than " + MAX_PATTERN + " characters");
            }
            Pattern.compile(pattern); // fail early on a malformed pattern
        }
        defaultValue = defaultValue == null ? null : Values.coerce(name, type, enumValues, pattern, defaultValue);
    }

    /** Starts a definition: mutable, optional, no default. */
    public static Builder builder(String name, AttributeType type) {
        return new Builder(name, type);
    }

    /**
     * Checks a client's value against this definition and returns it in its canonical
     * Java form: {@link String} for strings and enums, {@link Long} for integers,
     * {@link BigDecimal} for numbers, {@link Boolean}, an unmodifiable {@link List} for
     * arrays and {@link Map} for objects. Strings that spell a number or a boolean are
     * accepted for those types, since OCCI 1.1 text clients quote every value.
     *
     * <p>Numbers are bounded: an integer fits a Java {@code long}; a number is a finite double
     * with at most 34 significant digits and 340 decimals, written in at most 64 characters.
     * Matching the pattern stops after a bounded number of steps (a million, plus 16 per
     * character of the value), so that a pattern that backtracks without end is refused
     * rather than left to run.
     *
     * @throws InvalidAttributeException naming this attribute and the rule the value breaks
     */
    public Object coerce(Object value) {
        return Values.coerce(name, type, enumValues, pattern, value);
    }

    /** A builder, for the many optional parts of a definition. */
    public static final class Builder {
        private final String name;
        private final AttributeType type;
        private List<String> enumValues = List.of();
        private boolean mutable = true;
        private boolean required;
        private Object defaultValue;
        private String pattern;
        private String description;

        private Builder(String name, AttributeType type) {
            this.name = name;
            this.type = type;
        }

        public Builder values(String... allowed) {
            this.enumValues = List.of(allowed);
            return this;
        }

        public Builder immutable() {
            this.mutable = false;
            return this;
        }

        public Builder required() {
            this.required = true;
            return this;
        }

        public Builder defaultValue(Object value) {
            this.defaultValue = value;
            return this;
        }

        public Builder pattern(String regex) {
            this.pattern = regex;
            return this;
        }

        public Builder description(String text) {
            this.description = text;
            return this;
        }

        public AttributeDefinition build() {
            return new AttributeDefinition(name, type, enumValues, mutable, required, defaultValue, pattern, description);
        }
    }
}
