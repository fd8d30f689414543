package occi.rendering.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import occi.api.AttributeDefinition;
import occi.api.AttributeType;

/**
 * How the model's attribute types map onto the OCCI 1.2 JSON attribute definition, whose
 * {@code type} names a JSON type and whose {@code pattern} is a regular expression the
 * value's text must match as a whole:
 *
 * <table>
 * <tr><th>model</th><th>JSON {@code type}</th><th>JSON {@code pattern}</th></tr>
 * <tr><td>string</td><td>string</td><td>the definition's pattern</td></tr>
 * <tr><td>enum {a, b}</td><td>string</td><td>{@code a|b} (values escaped)</td></tr>
 * <tr><td>integer</td><td>number</td><td>{@value #INTEGER_PATTERN}, or the definition's own</td></tr>
 * <tr><td>number, boolean, array, object</td><td>the same</td><td>the definition's pattern</td></tr>
 * </table>
 *
 * Reading goes the other way: a string whose pattern is an alternation of plain values is
 * an enum, a number whose pattern is {@value #INTEGER_PATTERN} an integer, and the type
 * {@code integer} is accepted too. Both mappings keep the rule a value must follow.
 */
final class AttributeTypes {

    /** The pattern that marks a JSON number as an integer. */
    static final String INTEGER_PATTERN = "-?[0-9]+";

    /** Characters a regular expression treats specially outside a character class (Java and ECMAScript alike). */
    private static final String META = "\\.[]{}()*+?^$|";
    private static final Pattern UNESCAPED_BAR = Pattern.compile("(?<!\\\\)\\|");

    private AttributeTypes() {}

    /** The JSON {@code type} of a definition. */
    static String jsonType(AttributeDefinition definition) {
        return switch (definition.type()) {
            case STRING, ENUM -> "string";
            case NUMBER, INTEGER -> "number";
            case BOOLEAN -> "boolean";
            case ARRAY -> "array";
            case OBJECT -> "object";
        };
    }

    /** The JSON {@code pattern} of a definition, or {@code null}. */
    static String jsonPattern(AttributeDefinition definition) {
        return switch (definition.type()) {
            case ENUM -> enumPattern(definition);
            case INTEGER -> definition.pattern() != null ? definition.pattern() : INTEGER_PATTERN;
            default -> definition.pattern();
        };
    }

    /** The allowed values as one alternation; values the definition's own pattern refuses cannot occur, so leave them out. */
    private static String enumPattern(AttributeDefinition definition) {
        List<String> values = definition.enumValues();
        if (definition.pattern() != null) {
            Pattern own = Pattern.compile(definition.pattern());
            List<String> matching = values.stream().filter(v -> own.matcher(v).matches()).toList();
            values = matching.isEmpty() ? values : matching;
        }
        return String.join("|", values.stream().map(AttributeTypes::escape).toList());
    }

    /**
     * The model type for a JSON {@code type} and {@code pattern}; empty if the type is not one
     * the model knows. The second element of the result is the pattern left for the model.
     */
    static Optional<Typed> modelType(String jsonType, String pattern) {
        return switch (jsonType) {
            case "string" -> Optional.of(enumValues(pattern)
                    .map(values -> new Typed(AttributeType.ENUM, values, null))
                    .orElse(new Typed(AttributeType.STRING, List.of(), pattern)));
            case "number" -> Optional.of(INTEGER_PATTERN.equals(pattern)
                    ? new Typed(AttributeType.INTEGER, List.of(), null)
                    : new Typed(AttributeType.NUMBER, List.of(), pattern));
            case "integer" -> Optional.of(new Typed(AttributeType.INTEGER, List.of(), pattern));
            case "boolean" -> Optional.of(new Typed(AttributeType.BOOLEAN, List.of(), pattern));
            case "array" -> Optional.of(new Typed(AttributeType.ARRAY, List.of(), pattern));
            case "object" -> Optional.of(new Typed(AttributeType.OBJECT, List.of(), pattern));
            default -> Optional.empty();
        };
    }

    /** A model type with its enum values and remaining pattern. */
    record Typed(AttributeType type, List<String> enumValues, String pattern) {}

    static String escape(String value) {
        StringBuilder b = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            if (META.indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    /** The values of a pattern that is an alternation of two or more escaped plain values, else empty. */
    private static Optional<List<String>> enumValues(String pattern) {
        if (pattern == null) {
            return Optional.empty();
        }
        String[] alternatives = UNESCAPED_BAR.split(pattern, -1);
        if (alternatives.length < 2) {
            return Optional.empty();
        }
        List<String> values = new ArrayList<>();
        for (String alternative : alternatives) {
            String value = unescape(alternative);
            if (value == null || value.isEmpty()) {
                return Optional.empty();
            }
            values.add(value);
        }
        return Optional.of(values);
    }

    /** The literal a regex alternative spells, or {@code null} if it uses any regex feature. */
    private static String unescape(String alternative) {
        StringBuilder b = new StringBuilder(alternative.length());
        for (int i = 0; i < alternative.length(); i++) {
            char c = alternative.charAt(i);
            if (c == '\\') {
                if (i + 1 == alternative.length() || META.indexOf(alternative.charAt(i + 1)) < 0) {
                    return null; // \d, \s ... are classes, not literals
                }
                b.append(alternative.charAt(++i));
            } else if (META.indexOf(c) >= 0) {
                return null;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
