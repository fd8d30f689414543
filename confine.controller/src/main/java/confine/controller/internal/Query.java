package confine.controller.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A collection's query parameters: filters and paging, as the CONFINE controller reads them.
 * A filter's name is a member path, Django style ({@code group__name}) or a JSON pointer
 * ({@code /group/name}); a reference along the path is followed to its resource. Its value is
 * an integer or a double-quoted string ({@code ""} inside for a quote). A reference matches an
 * integer by its target's id. Unknown members and values of the wrong type answer 422.
 * {@code page} and {@code per_page} select a page (all in one page unless {@code per_page} is given).
 */
public final class Query {

    /** Parameters that are not filters. */
    static final Set<String> RESERVED = Set.of("page", "per_page", "show");
    static final String UNKNOWN_FIELD = "Filtering by a non existent field!";
    static final String BAD_VALUE = "Filtering using invalid type. Have you forgotten to put string value inside double quotes?";
    static final String WRONG_TYPE = "Filtering using invalid type!";

    private final Store store;

    public Query(Store store) {
        this.store = store;
    }

    /** The documents every filter of {@code params} accepts. */
    public List<ObjectNode> filter(Kind kind, List<ObjectNode> docs, Map<String, String> params) {
        List<ObjectNode> result = docs;
        for (Map.Entry<String, String> param : params.entrySet()) {
            if (RESERVED.contains(param.getKey())) {
                continue;
            }
            List<String> path = path(param.getKey());
            Object value = value(param.getValue());
            checkPath(kind, path, value);
            result = result.stream().filter(doc -> matches(doc, path, value)).toList();
        }
        return result;
    }

    /** {@code /group/name}, {@code group__name} → [group, name]; a pointer's {@code _} (any element) is dropped. */
    static List<String> path(String name) {
        if (name.startsWith("/")) {
            return Arrays.stream(name.substring(1).split("/")).filter(s -> !s.equals("_")).toList();
        }
        return List.of(name.split("__"));
    }

    /** A quoted string or an integer. */
    static Object value(String raw) {
        if (raw.length() >= 2 && raw.startsWith("\"") && raw.endsWith("\"")) {
            return raw.substring(1, raw.length() - 1).replace("\"\"", "\"");
        }
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw ApiError.detail(422, BAD_VALUE);
        }
    }

    /** The path must name members the kind has (through references to other kinds); ids and references take integers. */
    private void checkPath(Kind kind, List<String> path, Object value) {
        Kind current = kind;
        for (int i = 0; i < path.size(); i++) {
            String member = path.get(i);
            boolean last = i == path.size() - 1;
            if (current == null) {
                return; // inside a free-form member (properties, mgmt_net, an added collection's document)
            }
            if (current.standard() && !current.defaults().has(member)) {
                throw ApiError.detail(422, UNKNOWN_FIELD);
            }
            String target = targetOf(current, member);
            if (last && value instanceof String && (member.equals("id") || target != null)) {
                throw ApiError.detail(422, WRONG_TYPE);
            }
            current = target == null ? null : store.kind(target).orElse(null);
        }
    }

    /** The collection a member refers to: its references and the {@code slivers} lists. */
    private static String targetOf(Kind kind, String member) {
        if (member.equals("slivers") && kind.standard()) {
            return "slivers";
        }
        return kind.references().get(member);
    }

    private boolean matches(JsonNode doc, List<String> path, Object value) {
        return leaves(doc, path, 0, false).anyMatch(leaf -> equal(leaf, value));
    }

    /**
     * The values at the end of the path: lists fan out, and a reference reached through a
     * member ({@code follow}) is replaced by the resource it names, unless the path asks for its uri.
     */
    private Stream<JsonNode> leaves(JsonNode node, List<String> path, int at, boolean follow) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return Stream.empty();
        }
        if (node.isArray()) {
            List<JsonNode> elements = new ArrayList<>();
            node.forEach(elements::add);
            return elements.stream().flatMap(element -> leaves(element, path, at, follow));
        }
        if (at == path.size()) {
            return Stream.of(node);
        }
        Json.Target target = Json.target(node);
        if (follow && target != null && !path.get(at).equals("uri")) {
            return store.find(target.plural(), target.id()).stream().flatMap(doc -> leaves(doc, path, at, false));
        }
        return leaves(node.get(path.get(at)), path, at + 1, true);
    }

    private static boolean equal(JsonNode leaf, Object value) {
        if (value instanceof Long number) {
            Json.Target target = Json.target(leaf);
            if (target != null) {
                return target.id() == number;
            }
            if (leaf.isBoolean()) {
                return leaf.asBoolean() == (number != 0);
            }
            return leaf.isIntegralNumber() ? leaf.asLong() == number : leaf.isTextual() && leaf.asText().equals(number.toString());
        }
        if (leaf.isNumber() || Json.target(leaf) != null) {
            throw ApiError.detail(422, WRONG_TYPE);
        }
        return leaf.isBoolean() ? leaf.asText().equalsIgnoreCase((String) value) : leaf.isTextual() && leaf.asText().equals(value);
    }

    /** One page of a collection. */
    public record Page(List<ObjectNode> items, int number, int last) {}

    /** The page {@code params} ask for: a bad page number gives the first, one past the end the last. */
    public static Page page(List<ObjectNode> docs, Map<String, String> params) {
        Integer perPage = parse(params.get("per_page"));
        if (perPage == null) {
            return new Page(docs, 1, 1);
        }
        int size = Math.max(1, perPage);
        int last = Math.max(1, (docs.size() + size - 1) / size);
        Integer asked = parse(params.get("page"));
        int number = asked == null ? 1 : asked < 1 || asked > last ? last : asked;
        int from = (number - 1) * size;
        return new Page(docs.subList(from, Math.min(docs.size(), from + size)), number, last);
    }

    private static Integer parse(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
