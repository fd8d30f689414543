package occi.server.internal.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import occi.api.Category;
import occi.api.CategoryId;
import occi.api.Core;
import occi.api.Kind;
import occi.api.Mixin;
import occi.api.runtime.FailedServiceDTO;

/**
 * Builds a {@link Model} from the backends present. A backend that cannot be used as it
 * is (a category another backend already defines, a location already taken, a kind whose
 * parent is missing, a {@code categories()} that throws) is reported through the warning
 * sink and the offending category is left out; the rest of the model is built anyway.
 * Backends claim categories in {@link BackendEntry#PRECEDENCE} order, so the outcome of a
 * clash does not depend on the order services arrived in.
 */
public final class ModelBuilder {

    /** Paths the protocol reserves: the query interface and its well-known alias. */
    static final Set<String> RESERVED = Set.of("/-/", "/.well-known/", "/.well-known/org/", "/.well-known/org/ogf/",
            "/.well-known/org/ogf/occi/", "/.well-known/org/ogf/occi/-/");

    private final Consumer<String> warnings;

    public ModelBuilder(Consumer<String> warnings) {
        this.warnings = warnings;
    }

    public Model build(Collection<BackendEntry> backends) {
        List<Refusal> refusals = new ArrayList<>();
        Map<CategoryId, Category> claimed = new LinkedHashMap<>();
        Map<CategoryId, BackendEntry> definedBy = new LinkedHashMap<>();
        Core.KINDS.forEach(kind -> claimed.put(kind.id(), kind));

        Set<Long> seen = new HashSet<>();
        List<BackendEntry> ordered = backends.stream().sorted(BackendEntry.PRECEDENCE).filter(b -> seen.add(b.serviceId())).toList();
        for (BackendEntry backend : ordered) {
            for (Category category : categoriesOf(backend, refusals)) {
                if (category == null) {
                    refuse(refusals, backend, null, FailedServiceDTO.INVALID_CATEGORIES, backend.name() + " lists a null category; ignored");
                } else if (claimed.containsKey(category.id())) {
                    BackendEntry owner = definedBy.get(category.id());
                    refuse(refusals, backend, category.id(), FailedServiceDTO.CLASHING_CATEGORY, backend.name() + " defines "
                            + category.id() + ", already defined by " + (owner == null ? "the OCCI core" : owner.name()) + "; ignored");
                } else {
                    claimed.put(category.id(), category);
                    definedBy.put(category.id(), backend);
                }
            }
        }
        removeOrphanKinds(claimed, definedBy, refusals);
        Map<String, Category> locations = bindLocations(claimed, definedBy, refusals);
        return new Model(claimed, locations, definedBy, refusals);
    }

    /** Leaves a category out: logged through the warning sink, kept in the model for the runtime service. */
    private void refuse(List<Refusal> refusals, BackendEntry backend, CategoryId category, String reason, String message) {
        warnings.accept(message);
        if (backend != null) {
            refusals.add(new Refusal(backend.serviceId(), category == null ? null : category.toString(), reason, message));
        }
    }

    private Collection<? extends Category> categoriesOf(BackendEntry backend, List<Refusal> refusals) {
        try {
            Collection<? extends Category> categories = backend.backend().categories();
            return categories == null ? List.of() : List.copyOf(new ArrayList<>(categories));
        } catch (RuntimeException e) {
            refuse(refusals, backend, null, FailedServiceDTO.INVALID_CATEGORIES,
                    backend.name() + " failed to list its categories (" + e + "); none of them is served");
            return List.of();
        }
    }

    /** Drops kinds whose parent chain does not reach core#entity (missing parent, or a cycle). */
    private void removeOrphanKinds(Map<CategoryId, Category> claimed, Map<CategoryId, BackendEntry> definedBy, List<Refusal> refusals) {
        boolean removed = true;
        while (removed) {
            removed = false;
            for (Category category : List.copyOf(claimed.values())) {
                if (category instanceof Kind kind && !reachesEntity(kind, claimed)) {
                    refuse(refusals, definedBy.get(kind.id()), kind.id(), FailedServiceDTO.MISSING_PARENT, nameOf(kind.id(), definedBy)
                            + " defines kind " + kind.id() + " whose parent " + kind.parent() + " is not in the model; ignored until it is");
                    claimed.remove(kind.id());
                    definedBy.remove(kind.id());
                    removed = true;
                }
            }
        }
    }

    private static boolean reachesEntity(Kind kind, Map<CategoryId, Category> claimed) {
        Set<CategoryId> visited = new HashSet<>();
        Category current = kind;
        while (current instanceof Kind k && visited.add(k.id())) {
            if (k.id().equals(Core.ENTITY.id())) {
                return true;
            }
            current = k.parent() == null ? null : claimed.get(k.parent());
        }
        return false;
    }

    private Map<String, Category> bindLocations(Map<CategoryId, Category> claimed, Map<CategoryId, BackendEntry> definedBy,
            List<Refusal> refusals) {
        Map<String, Category> locations = new LinkedHashMap<>();
        for (Category category : List.copyOf(claimed.values())) {
            String location = locationOf(category);
            if (location == null) {
                continue;
            }
            Category holder = locations.get(location);
            if (holder != null || RESERVED.contains(location)) {
                refuse(refusals, definedBy.get(category.id()), category.id(), FailedServiceDTO.CLASHING_LOCATION,
                        nameOf(category.id(), definedBy) + " binds " + category.id() + " to " + location
                        + (holder == null ? ", a path the protocol reserves" : ", already the location of " + holder.id())
                        + "; ignored");
                claimed.remove(category.id());
                definedBy.remove(category.id());
            } else {
                locations.put(location, category);
            }
        }
        return locations;
    }

    static String locationOf(Category category) {
        if (category instanceof Kind kind) {
            return kind.location();
        }
        return category instanceof Mixin mixin ? mixin.location() : null;
    }

    private static String nameOf(CategoryId id, Map<CategoryId, BackendEntry> definedBy) {
        BackendEntry owner = definedBy.get(id);
        return owner == null ? "the OCCI core" : owner.name();
    }
}
