package confine.orm.internal;

import com.fasterxml.jackson.databind.JsonNode;
import confine.orm.Resource;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One Django-style lookup: a field path ({@code group__name}), an operator (the last
 * part when it names one, else {@code exact}) and a value. It knows whether the
 * controller can apply it as a query parameter and how to test one leaf value
 * client-side; walking the path across references is {@link LookupEvaluator}'s job.
 */
record Lookup(String key, List<String> path, Op op, Object value) {

    enum Op {
        EXACT, IEXACT, CONTAINS, ICONTAINS, STARTSWITH, ISTARTSWITH, ENDSWITH, IENDSWITH,
        IN, GT, GTE, LT, LTE, ISNULL, REGEX, IREGEX;

        static Op of(String part) {
            for (Op op : values()) {
                if (op.name().toLowerCase(Locale.ROOT).equals(part)) {
                    return op;
                }
            }
            return null;
        }
    }

    static Lookup of(String key, Object value) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("A lookup needs a field name");
        }
        // A JSON pointer (/group/name) is accepted too, as the controller does.
        String django = key.startsWith("/") ? String.join("__", key.substring(1).replace("/_/", "/").split("/")) : key;
        List<String> parts = new ArrayList<>(Arrays.asList(django.split("__")));
        Op op = parts.size() > 1 ? Op.of(parts.get(parts.size() - 1)) : null;
        if (op != null) {
            parts.remove(parts.size() - 1);
        } else {
            op = Op.EXACT;
        }
        if (parts.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("Malformed lookup: " + key);
        }
        if (op == Op.IN && !(value instanceof Collection<?> || value instanceof Object[] || value instanceof JsonNode j && j.isArray())) {
            throw new IllegalArgumentException("Lookup " + key + " needs a collection of values: " + value);
        }
        if (op == Op.ISNULL && !(value instanceof Boolean)) {
            throw new IllegalArgumentException("Lookup " + key + " needs true or false: " + value);
        }
        return new Lookup(key, List.copyOf(parts), op, value);
    }

    /** Name-value pairs ({@code "group__name", "vct", "id", 12}) as lookups. */
    static List<Lookup> pairs(Object... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("Lookups come in name-value pairs: " + Arrays.toString(pairs));
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (!(pairs[i] instanceof String name)) {
                throw new IllegalArgumentException("A lookup's name must be a String: " + pairs[i]);
            }
            map.put(name, pairs[i + 1]);
        }
        return of(map);
    }

    static List<Lookup> of(Map<String, ?> map) {
        List<Lookup> lookups = new ArrayList<>();
        map.forEach((k, v) -> lookups.add(of(k, v)));
        return lookups;
    }

    /** The query parameter's name, in Django style. */
    String parameter() {
        return String.join("__", path);
    }

    /** Whether the controller's filter can apply it: equality with an integer or a string. */
    boolean serverCandidate() {
        return op == Op.EXACT && (value instanceof String || value instanceof Integer || value instanceof Long
                || value instanceof Short);
    }

    /** The query parameter's value: an integer, or a double-quoted string with quotes doubled. */
    String parameterValue() {
        if (value instanceof String s) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return String.valueOf(value);
    }

    /** Whether the lookup wants a referenced resource itself (compared by URI) rather than its id. */
    boolean comparesReferences() {
        if (op == Op.ISNULL) {
            return true;
        }
        if (op == Op.IN) {
            return elements().stream().anyMatch(Lookup::isReferenceValue);
        }
        return isReferenceValue(value);
    }

    private static boolean isReferenceValue(Object v) {
        return v instanceof Resource || v instanceof URI;
    }

    /** Tests the values the path led to: any may match, as in Django across to-many relations. */
    boolean test(List<JsonNode> leaves) {
        if (op == Op.ISNULL) {
            boolean isNull = leaves.isEmpty() || leaves.stream().anyMatch(l -> l == null || l.isNull() || l.isMissingNode());
            return isNull == (Boolean) value;
        }
        for (JsonNode leaf : leaves) {
            if (leaf != null && !leaf.isMissingNode() && test(leaf)) {
                return true;
            }
        }
        return false;
    }

    private boolean test(JsonNode leaf) {
        switch (op) {
            case EXACT:
                return equal(leaf, value);
            case IN:
                return elements().stream().anyMatch(e -> equal(leaf, e));
            case IEXACT:
                return text(leaf) != null && value != null && text(leaf).equalsIgnoreCase(String.valueOf(value));
            case CONTAINS:
                return text(leaf) != null && text(leaf).contains(String.valueOf(value));
            case ICONTAINS:
                return text(leaf) != null && lower(text(leaf)).contains(lower(String.valueOf(value)));
            case STARTSWITH:
                return text(leaf) != null && text(leaf).startsWith(String.valueOf(value));
            case ISTARTSWITH:
                return text(leaf) != null && lower(text(leaf)).startsWith(lower(String.valueOf(value)));
            case ENDSWITH:
                return text(leaf) != null && text(leaf).endsWith(String.valueOf(value));
            case IENDSWITH:
                return text(leaf) != null && lower(text(leaf)).endsWith(lower(String.valueOf(value)));
            case GT:
                return compare(leaf) > 0;
            case GTE:
                return compare(leaf) >= 0;
            case LT:
                return compare(leaf) < 0 && compare(leaf) != Integer.MIN_VALUE;
            case LTE:
                return compare(leaf) <= 0 && compare(leaf) != Integer.MIN_VALUE;
            case REGEX:
                return text(leaf) != null && Pattern.compile(String.valueOf(value)).matcher(text(leaf)).find();
            case IREGEX:
                return text(leaf) != null
                        && Pattern.compile(String.valueOf(value), Pattern.CASE_INSENSITIVE).matcher(text(leaf)).find();
            default:
                throw new IllegalStateException(op.toString());
        }
    }

    private List<Object> elements() {
        if (value instanceof Collection<?> c) {
            return new ArrayList<>(c);
        }
        if (value instanceof Object[] a) {
            return Arrays.asList(a);
        }
        List<Object> list = new ArrayList<>();
        ((JsonNode) value).forEach(list::add);
        return list;
    }

    static boolean equal(JsonNode leaf, Object v) {
        if (v instanceof JsonNode j) {
            if (j.isNumber() && leaf.isNumber()) {
                return leaf.decimalValue().compareTo(j.decimalValue()) == 0;
            }
            return j.isValueNode() && leaf.isValueNode() ? j.asText().equals(leaf.asText()) && j.isNull() == leaf.isNull() : j.equals(leaf);
        }
        if (v == null) {
            return leaf.isNull();
        }
        if (v instanceof Resource r) {
            return leaf.isObject() && r.uri().toString().equals(leaf.path("uri").asText(null));
        }
        if (v instanceof URI u) {
            return leaf.isObject() ? u.toString().equals(leaf.path("uri").asText(null)) : u.toString().equals(leaf.asText());
        }
        if (leaf.isNull() || leaf.isContainerNode()) {
            return false;
        }
        if (v instanceof Number n && leaf.isNumber()) {
            return leaf.decimalValue().compareTo(new BigDecimal(n.toString())) == 0;
        }
        if (v instanceof Boolean b) {
            return leaf.isBoolean() && leaf.booleanValue() == b;
        }
        // Mixed types compare as text, as the controller casts a string to the field's type.
        return leaf.asText().equals(String.valueOf(v));
    }

    /** Compares the leaf to the value: numerically when both are numbers, else as text; MIN_VALUE when not comparable. */
    private int compare(JsonNode leaf) {
        if (leaf.isNull() || leaf.isContainerNode() || value == null) {
            return Integer.MIN_VALUE;
        }
        if (leaf.isNumber() && value instanceof Number n) {
            return Integer.signum(leaf.decimalValue().compareTo(new BigDecimal(n.toString())));
        }
        return Integer.signum(leaf.asText().compareTo(String.valueOf(value)));
    }

    private static String text(JsonNode leaf) {
        return leaf.isValueNode() && !leaf.isNull() ? leaf.asText() : null;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return key + "=" + value;
    }
}
