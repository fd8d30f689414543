package occi.admin.internal.glance;

import java.util.List;
import java.util.Map;
import java.util.Set;
import occi.api.CategoryId;
import occi.api.Entity;
import occi.api.backend.EntityQuery;

/**
 * What the console's entity table shows: a kind (with its sub-kinds), a state (an attribute
 * and its value, {@code occi.compute.state=active}), a text and a page.
 *
 * @param kind  a kind's type identifier, or empty for every kind
 * @param state {@code <attribute>=<value>}, or empty for every state
 * @param text  a location prefix when it starts with {@code /}, else text some attribute
 *              (the title included) contains; empty for none
 * @param page  from 1
 * @param size  entities per page
 */
public record EntityFilter(String kind, String state, String text, long page, int size) {

    public EntityFilter {
        kind = kind == null ? "" : kind.strip();
        state = state == null ? "" : state.strip();
        text = text == null ? "" : text.strip();
        page = Math.max(1, page);
        size = Math.max(1, size);
    }

    /** The filter of the console page's query parameters; a missing or unreadable page is the first. */
    public static EntityFilter of(Map<String, String[]> parameters, int size) {
        return new EntityFilter(first(parameters, "kind"), first(parameters, "state"), first(parameters, "q"),
                number(first(parameters, "page")), size);
    }

    private static String first(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? "" : values[0];
    }

    private static long number(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The same filter on another page. */
    public EntityFilter onPage(long other) {
        return new EntityFilter(kind, state, text, other, size);
    }

    /** Whether it narrows anything down. */
    public boolean narrows() {
        return !kind.isEmpty() || !state.isEmpty() || !text.isEmpty();
    }

    /** The query every source is asked, without its page. */
    EntityQuery query(KindStates kinds) {
        List<Set<CategoryId>> categories = kind.isEmpty() ? List.of()
                : List.of(Set.copyOf(kinds.kind(kind).map(kinds::withSubKinds)
                        .orElseThrow(() -> new IllegalArgumentException("no kind " + kind))));
        Map<String, Object> attributes = Map.of();
        if (!state.isEmpty()) {
            int equals = state.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("a state is attribute=value, not '" + state + "'");
            }
            attributes = Map.of(state.substring(0, equals), state.substring(equals + 1));
        }
        boolean prefix = text.startsWith("/");
        return new EntityQuery(prefix ? text : "/", categories, attributes, prefix || text.isEmpty() ? null : text,
                Entity.class, 0, size);
    }
}
