package occi.admin.internal.glance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import occi.api.AttributeDefinition;
import occi.api.AttributeType;
import occi.api.CategoryId;
import occi.api.Core;
import occi.api.Entity;
import occi.api.Kind;

/**
 * The kinds the server knows and the attribute that holds each one's state: the kind's own
 * attribute named {@code <prefix>.state} (OCCI infrastructure: {@code occi.compute.state}
 * ...), else one named {@code <prefix>.set_state} (CONFINE: {@code confine.node.set_state}).
 * OCCI defines no common state attribute, so this naming convention is what "state" means here.
 */
public final class KindStates {

    private final Map<CategoryId, Kind> kinds = new LinkedHashMap<>();

    /** The backends' kinds, with OCCI Core's resource and link (whose entities a client may create directly). */
    public KindStates(List<Kind> defined) {
        kinds.put(Core.RESOURCE.id(), Core.RESOURCE);
        kinds.put(Core.LINK.id(), Core.LINK);
        defined.stream().sorted(Comparator.comparing((Kind k) -> k.id().toString())).forEach(k -> kinds.putIfAbsent(k.id(), k));
    }

    /** Every kind, core ones first, then by type identifier. */
    public List<Kind> kinds() {
        return List.copyOf(kinds.values());
    }

    public Optional<Kind> kind(String typeId) {
        return kinds.values().stream().filter(k -> k.id().toString().equals(typeId)).findFirst();
    }

    /** A kind and every kind below it (what its collection lists). */
    public List<CategoryId> withSubKinds(Kind kind) {
        List<CategoryId> found = new ArrayList<>();
        for (Kind candidate : kinds.values()) {
            for (Kind k = candidate; k != null; k = k.parent() == null ? null : kinds.get(k.parent())) {
                if (k.id().equals(kind.id())) {
                    found.add(candidate.id());
                    break;
                }
                if (found.size() > kinds.size()) {
                    break;  // a cycle cannot be, but never loop on one
                }
            }
        }
        return found;
    }

    /** The attribute holding a kind's state, if it has one. */
    public static Optional<AttributeDefinition> stateOf(Kind kind) {
        Optional<AttributeDefinition> plain = kind.attributes().values().stream().filter(a -> a.name().endsWith(".state")).findFirst();
        return plain.or(() -> kind.attributes().values().stream().filter(a -> a.name().endsWith(".set_state")).findFirst());
    }

    /** The state values a kind's state attribute allows (empty when it is not an enumeration). */
    public static List<String> statesOf(Kind kind) {
        return stateOf(kind).filter(a -> a.type() == AttributeType.ENUM).map(AttributeDefinition::enumValues).orElse(List.of());
    }

    /** An entity's state: its kind's state attribute's value, or empty. */
    public String stateOf(Entity entity) {
        Kind kind = kinds.get(entity.kind());
        Optional<String> name = kind == null ? Optional.empty() : stateOf(kind).map(AttributeDefinition::name);
        Object value = name.map(n -> entity.attributes().get(n)).orElse(null);
        return value == null ? "" : String.valueOf(value);
    }
}
