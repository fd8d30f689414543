package occi.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks attribute values against their definitions and gives them their canonical form.
 *
 * <p>Numbers are bounded so that one request cannot store a value whose text runs to
 * megabytes (a {@code BigDecimal} such as {@code 1e100000000} is 11 characters in, 100 million
 * digits out in plain form) or one no rendering can write: an integer lies in the range of a
 * Java {@code long}; any other number is a finite double ({@code |x| <= }{@link Double#MAX_VALUE})
 * with at most {@value #MAX_DIGITS} significant digits and at most {@value #MAX_DECIMALS} digits
 * after the decimal point; the text of a number is at most {@value #MAX_NUMBER_TEXT} characters.
 * The same bounds hold for numbers inside array and object values.
 */
final class Values {

    /** The longest text read as a number (BigDecimal parsing is quadratic in the length). */
    static final int MAX_NUMBER_TEXT = 64;
    /** Significant digits of a number: IEEE 754 decimal128's 34 are more than a double holds. */
    static final int MAX_DIGITS = 34;
    /** Digits after the decimal point: enough for the smallest double (4.9e-324). */
    static final int MAX_DECIMALS = 340;
    private static final BigDecimal MAX_MAGNITUDE = new BigDecimal(Double.MAX_VALUE);
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private Values() {}

    static Object coerce(String name, AttributeType type, List<String> enumValues, String pattern, Object value) {
        if (value == null) {
            throw new InvalidAttributeException(name, "a value is required");
        }
        Object canonical = switch (type) {
            case STRING -> string(name, value);
            case ENUM -> enumValue(name, enumValues, value);
            case INTEGER -> integer(name, value);
            case NUMBER -> number(name, value);
            case BOOLEAN -> bool(name, value);
            case ARRAY -> array(name, value);
            case OBJECT -> object(name, value);
        };
        if (pattern != null && !BoundedMatch.matches(name, pattern, String.valueOf(canonical))) {
            throw new InvalidAttributeException(name, "'" + canonical + "' does not match the pattern " + pattern);
        }
        return canonical;
    }

    /** The canonical form of any value, for attributes no definition covers. */
    static Object canonical(Object value) {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue());
        }
        if (value instanceof java.math.BigInteger big) {
            return new BigDecimal(big);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(item -> copy.add(canonical(item)));
            return Collections.unmodifiableList(copy);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), canonical(v)));
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof String || value instanceof Long || value instanceof BigDecimal || value instanceof Boolean) {
            return value;
        }
        throw new IllegalArgumentException("an attribute value is a string, number, boolean, list or map, not "
                + value.getClass().getName());
    }

    private static String string(String name, Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Number || value instanceof Boolean) {
            return String.valueOf(bounded(name, value));
        }
        throw new InvalidAttributeException(name, "expected a string");
    }

    private static String enumValue(String name, List<String> allowed, Object value) {
        String s = string(name, value);
        if (!allowed.contains(s)) {
            throw new InvalidAttributeException(name, "'" + s + "' is not one of " + allowed);
        }
        return s;
    }

    private static Long integer(String name, Object value) {
        Object n = value instanceof String s ? parseNumber(name, s) : canonical(name, value);
        if (n instanceof Long l) {
            return l;
        }
        if (n instanceof BigDecimal d) {
            // compared before any arithmetic: longValueExact of 1e100000000 would build a 40 MB integer first
            if (d.precision() - (long) d.scale() > 19 || d.compareTo(LONG_MIN) < 0 || d.compareTo(LONG_MAX) > 0) {
                throw new InvalidAttributeException(name, "an integer lies between " + Long.MIN_VALUE + " and " + Long.MAX_VALUE);
            }
            try {
                return d.longValueExact();
            } catch (ArithmeticException notWhole) {
                throw new InvalidAttributeException(name, "expected an integer, not " + d.stripTrailingZeros().toPlainString());
            }
        }
        throw new InvalidAttributeException(name, "expected an integer");
    }

    private static BigDecimal number(String name, Object value) {
        Object n = value instanceof String s ? parseNumber(name, s) : canonical(name, value);
        if (n instanceof Long l) {
            return BigDecimal.valueOf(l);
        }
        if (n instanceof BigDecimal d) {
            checkBounds(name, d);
            return d;
        }
        throw new InvalidAttributeException(name, "expected a number");
    }

    /** A number's text: a Long when it is whole and fits one, a BigDecimal otherwise (bounded by the caller). */
    private static Object parseNumber(String name, String s) {
        String text = s.trim();
        if (text.length() > MAX_NUMBER_TEXT) {
            throw new InvalidAttributeException(name, "a number is written in at most " + MAX_NUMBER_TEXT + " characters");
        }
        BigDecimal d;
        try {
            d = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new InvalidAttributeException(name, "expected a number, not '" + s + "'");
        }
        boolean fitsLong = d.scale() <= 0 && d.precision() - (long) d.scale() <= 19 && d.compareTo(LONG_MIN) >= 0 && d.compareTo(LONG_MAX) <= 0;
        return fitsLong ? (Object) d.longValueExact() : d;
    }

    /** The canonical form of a value that is not text; a double must be finite. */
    private static Object canonical(String name, Object value) {
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (!Double.isFinite(d)) {
                throw new InvalidAttributeException(name, "a number is finite, not " + d);
            }
        }
        try {
            return canonical(value);
        } catch (NumberFormatException notFinite) { // a NaN or infinite double inside a list or map
            throw new InvalidAttributeException(name, "a number is finite");
        }
    }

    /** The canonical form of a value that is not text, its numbers (also inside lists and maps) within bounds. */
    private static Object bounded(String name, Object value) {
        Object canonical = canonical(name, value);
        checkNumbers(name, canonical);
        return canonical;
    }

    private static void checkNumbers(String name, Object value) {
        if (value instanceof BigDecimal d) {
            checkBounds(name, d);
        } else if (value instanceof List<?> list) {
            list.forEach(item -> checkNumbers(name, item));
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(item -> checkNumbers(name, item));
        }
    }

    /**
     * A number no larger than a double, with a bounded number of digits: its plain text is at
     * most a few hundred characters, and every rendering can write it.
     */
    private static void checkBounds(String name, BigDecimal d) {
        if (d.precision() > MAX_DIGITS) {
            throw new InvalidAttributeException(name, "a number has at most " + MAX_DIGITS + " significant digits");
        }
        // precision - scale - 1 is the decimal exponent; compared before any arithmetic on the value
        long exponent = (long) d.precision() - d.scale() - 1;
        if (exponent > 308 || (exponent == 308 && d.abs().compareTo(MAX_MAGNITUDE) > 0)) {
            throw new InvalidAttributeException(name, "a number lies between -" + Double.MAX_VALUE + " and " + Double.MAX_VALUE);
        }
        if (d.scale() > MAX_DECIMALS) {
            throw new InvalidAttributeException(name, "a number has at most " + MAX_DECIMALS + " digits after the decimal point");
        }
    }

    private static Boolean bool(String name, Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof String s && (s.equals("true") || s.equals("false"))) {
            return Boolean.valueOf(s);
        }
        throw new InvalidAttributeException(name, "expected true or false");
    }

    private static List<?> array(String name, Object value) {
        if (value instanceof List<?>) {
            return (List<?>) bounded(name, value);
        }
        throw new InvalidAttributeException(name, "expected an array");
    }

    private static Map<?, ?> object(String name, Object value) {
        if (value instanceof Map<?, ?>) {
            return (Map<?, ?>) bounded(name, value);
        }
        throw new InvalidAttributeException(name, "expected an object");
    }
}
