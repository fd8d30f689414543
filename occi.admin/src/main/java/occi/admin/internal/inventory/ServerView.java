package occi.admin.internal.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import occi.admin.internal.http.OcciClient;
import occi.admin.internal.http.OcciServerException;
import occi.admin.internal.http.Reply;
import occi.api.Core;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The server as a client sees it (its query interface and collections, over HTTP), joined
 * with what the services say (which bundle defines each category).
 */
@Component(service = ServerView.class)
public class ServerView {

    static final String OCCI_JSON = "application/occi+json";

    private final ObjectMapper mapper = new ObjectMapper();
    private final Inventory inventory;
    private final OcciClient client;

    @Activate
    public ServerView(@Reference Inventory inventory, @Reference OcciClient client) {
        this.inventory = inventory;
        this.client = client;
    }

    public Inventory inventory() {
        return inventory;
    }

    public OcciClient client() {
        return client;
    }

    /** Every category of the query interface, kinds first, then mixins, then actions, each by type identifier. */
    public List<CategoryRow> categories() {
        Reply reply = client.get("-/", OCCI_JSON);
        if (!reply.ok()) {
            throw new OcciServerException("GET -/ answered " + reply.message());
        }
        Map<String, String> definedBy = new HashMap<>();
        for (Definition definition : inventory.definitions()) {
            definedBy.merge(definition.typeId(), definition.bundle(), (a, b) -> a.equals(b) ? a : a + ", " + b);
        }
        JsonNode document;
        try {
            document = mapper.readTree(reply.body());
        } catch (IOException e) {
            throw new OcciServerException("the query interface is not OCCI JSON: " + e.getMessage(), e);
        }
        List<CategoryRow> rows = new ArrayList<>();
        for (String[] group : new String[][] {{"kinds", "kind"}, {"mixins", "mixin"}, {"actions", "action"}}) {
            List<CategoryRow> ofClass = new ArrayList<>();
            for (JsonNode node : document.path(group[0])) {
                String scheme = node.path("scheme").asText();
                String term = node.path("term").asText();
                String typeId = scheme + term;
                String origin = definedBy.get(typeId);
                if (origin == null) {
                    origin = scheme.equals(Core.SCHEME) ? "core" : "user";
                }
                ofClass.add(new CategoryRow(group[1], scheme, term, node.path("title").asText(""),
                        node.path("location").asText(""), node.path("parent").asText(""), origin));
            }
            ofClass.sort(Comparator.comparing(CategoryRow::typeId));
            rows.addAll(ofClass);
        }
        return rows;
    }

    /**
     * Every entity the kinds' collections list, each with its most specific kind (a kind's
     * collection holds its sub-kinds' entities too) and the mixins whose collections list it.
     */
    public List<EntityRow> entities(List<CategoryRow> categories) {
        Map<String, CategoryRow> kinds = new LinkedHashMap<>();
        categories.stream().filter(c -> c.categoryClass().equals("kind")).forEach(k -> kinds.put(k.typeId(), k));
        Map<URI, String> kindOf = new TreeMap<>();
        Map<URI, Integer> depthOf = new HashMap<>();
        for (CategoryRow kind : kinds.values()) {
            if (kind.location().isEmpty()) {
                continue;
            }
            int depth = depth(kind, kinds);
            for (URI url : client.list(kind.location())) {
                if (depthOf.getOrDefault(url, -1) < depth) {
                    depthOf.put(url, depth);
                    kindOf.put(url, kind.typeId());
                }
            }
        }
        Map<URI, List<String>> mixinsOf = new HashMap<>();
        for (CategoryRow mixin : categories) {
            if (mixin.categoryClass().equals("mixin") && !mixin.location().isEmpty()) {
                for (URI url : client.list(mixin.location())) {
                    mixinsOf.computeIfAbsent(url, u -> new ArrayList<>()).add(mixin.typeId());
                }
            }
        }
        List<EntityRow> rows = new ArrayList<>();
        kindOf.forEach((url, kind) -> rows.add(new EntityRow(url, kind, List.copyOf(mixinsOf.getOrDefault(url, List.of())))));
        return rows;
    }

    /** How many entities each kind has (its sub-kinds' not included), by type identifier; kinds without any are 0. */
    public static Map<String, Long> countsByKind(List<CategoryRow> categories, List<EntityRow> entities) {
        Map<String, Long> counts = new TreeMap<>();
        categories.stream().filter(c -> c.categoryClass().equals("kind") && !c.location().isEmpty())
                .forEach(k -> counts.put(k.typeId(), 0L));
        entities.forEach(e -> counts.merge(e.kind(), 1L, Long::sum));
        return counts;
    }

    /** Finds a category by type identifier, or by term when the term is unique. */
    public static CategoryRow find(List<CategoryRow> categories, String name, String categoryClass) {
        List<CategoryRow> matching = categories.stream()
                .filter(c -> categoryClass == null || c.categoryClass().equals(categoryClass))
                .filter(c -> c.typeId().equals(name) || c.term().equals(name)).toList();
        if (matching.isEmpty()) {
            throw new IllegalArgumentException("no " + (categoryClass == null ? "category" : categoryClass) + " '" + name + "'");
        }
        if (matching.size() > 1 && matching.stream().noneMatch(c -> c.typeId().equals(name))) {
            throw new IllegalArgumentException("'" + name + "' is ambiguous: "
                    + matching.stream().map(CategoryRow::typeId).toList() + "; give the type identifier");
        }
        return matching.stream().filter(c -> c.typeId().equals(name)).findFirst().orElse(matching.get(0));
    }

    private static int depth(CategoryRow kind, Map<String, CategoryRow> kinds) {
        int depth = 0;
        for (CategoryRow k = kind; k != null && !k.parent().isEmpty() && depth < 64; k = kinds.get(k.parent())) {
            depth++;
        }
        return depth;
    }
}
