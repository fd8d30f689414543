package occi.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Checks attribute values against their definitions and gives them their canonical form. */
final class Values {

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
        if (pattern != null && !Pattern.compile(pattern).matcher(String.valueOf(canonical)).matches()) {
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
            return String.valueOf(canonical(value));
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
        Object n = value instanceof String s ? parseNumber(name, s) : canonical(value);
        if (n instanceof Long l) {
            return l;
        }
        if (n instanceof BigDecimal d) {
            try {
                return d.longValueExact();
            } catch (ArithmeticException notWhole) {
                throw new InvalidAttributeException(name, "expected an integer, not " + d.toPlainString());
            }
        }
        throw new InvalidAttributeException(name, "expected an integer");
    }

    private static BigDecimal number(String name, Object value) {
        Object n = value instanceof String s ? parseNumber(name, s) : canonical(value);
        if (n instanceof Long l) {
            return BigDecimal.valueOf(l);
        }
        if (n instanceof BigDecimal d) {
            return d;
        }
        throw new InvalidAttributeException(name, "expected a number");
    }

    private static Object parseNumber(String name, String s) {
        try {
            BigDecimal d = new BigDecimal(s.trim());
            return d.scale() <= 0 && d.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0 ? (Object) d.longValueExact() : d;
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidAttributeException(name, "expected a number, not '" + s + "'");
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
            return (List<?>) canonical(value);
        }
        throw new InvalidAttributeException(name, "expected an array");
    }

    private static Map<?, ?> object(String name, Object value) {
        if (value instanceof Map<?, ?>) {
            return (Map<?, ?>) canonical(value);
        }
        throw new InvalidAttributeException(name, "expected an object");
    }
}
