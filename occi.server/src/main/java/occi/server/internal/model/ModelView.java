package occi.server.internal.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import occi.api.Action;
import occi.api.AttributeDefinition;
import occi.api.Category;
import occi.api.CategoryId;
import occi.api.Kind;
import occi.api.Mixin;

/**
 * The model as one caller sees it: the provider {@link Model} plus the caller's own
 * user-defined mixins. Made once per request, so a request sees one consistent model.
 * A user mixin never shadows a provider category (the server refuses such a mixin).
 */
public final class ModelView {

    private final Model model;
    private final Map<CategoryId, Mixin> userMixins = new LinkedHashMap<>();
    private final Map<String, Mixin> userLocations = new LinkedHashMap<>();

    public ModelView(Model model, Collection<Mixin> userMixins) {
        this.model = model;
        for (Mixin mixin : userMixins) {
            if (!model.isProvided(mixin.id()) && !model.locationTaken(mixin.location())) {
                this.userMixins.putIfAbsent(mixin.id(), mixin);
                this.userLocations.putIfAbsent(mixin.location(), mixin);
            }
        }
    }

    public Model model() {
        return model;
    }

    /** Every category the caller can see: core kinds, backends' categories, the caller's mixins. */
    public List<Category> categories() {
        List<Category> all = new ArrayList<>(model.categories());
        all.addAll(userMixins.values());
        return all;
    }

    public Optional<Category> category(CategoryId id) {
        Optional<Category> provided = model.category(id);
        return provided.isPresent() ? provided : Optional.ofNullable(userMixins.get(id));
    }

    public Optional<Kind> kind(CategoryId id) {
        return model.kind(id);
    }

    public Optional<Mixin> mixin(CategoryId id) {
        return category(id).filter(Mixin.class::isInstance).map(Mixin.class::cast);
    }

    public Optional<Action> action(CategoryId id) {
        return model.action(id);
    }

    /** The kind or mixin collected at a location. */
    public Optional<Category> atLocation(String location) {
        Optional<Category> provided = model.atLocation(location);
        return provided.isPresent() ? provided : Optional.ofNullable(userLocations.get(location));
    }

    public boolean isUserMixin(CategoryId id) {
        return userMixins.containsKey(id);
    }

    /**
     * The attribute definitions of an entity with this kind and these mixins: the kind's
     * (inherited ones first), then each mixin's and those of the mixins it depends on.
     * Unknown mixins contribute nothing.
     */
    public Map<String, AttributeDefinition> definitions(CategoryId kind, List<CategoryId> mixins) {
        Map<String, AttributeDefinition> definitions = new LinkedHashMap<>(model.kindAttributes(kind));
        for (Mixin mixin : withDependencies(mixins)) {
            mixin.attributes().forEach(definitions::putIfAbsent);
        }
        return definitions;
    }

    /** The actions an entity with this kind and these mixins offers, as known categories. */
    public List<Action> actions(CategoryId kind, List<CategoryId> mixins) {
        if (mixins.isEmpty()) {
            return model.kindOffers(kind); // the common case, worked out once per model
        }
        Set<CategoryId> ids = new LinkedHashSet<>(model.kindActions(kind));
        withDependencies(mixins).forEach(m -> ids.addAll(m.actions()));
        return ids.stream().map(model::action).flatMap(Optional::stream).toList();
    }

    /** The known mixins among these ids, followed by those they depend on, each once. */
    public List<Mixin> withDependencies(List<CategoryId> mixins) {
        Set<CategoryId> visited = new HashSet<>();
        List<Mixin> result = new ArrayList<>();
        Deque<CategoryId> pending = new ArrayDeque<>(mixins);
        while (!pending.isEmpty()) {
            CategoryId id = pending.poll();
            if (visited.add(id)) {
                mixin(id).ifPresent(m -> {
                    result.add(m);
                    pending.addAll(m.depends());
                });
            }
        }
        return result;
    }

    /**
     * The categories an entity must carry to match a category filter: a kind matches itself
     * and its sub-kinds; a mixin matches itself and every mixin that depends on it (an
     * {@code os_tpl} filter finds entities with a provider's OS template). Empty for an unknown id.
     */
    public Set<CategoryId> matching(CategoryId filter) {
        if (model.kind(filter).isPresent()) {
            return model.kindAndDescendants(filter);
        }
        if (mixin(filter).isEmpty()) {
            return Set.of();
        }
        Set<CategoryId> result = new LinkedHashSet<>();
        result.add(filter);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Category category : categories()) {
                if (category instanceof Mixin m && !result.contains(m.id()) && m.depends().stream().anyMatch(result::contains)) {
                    result.add(m.id());
                    grew = true;
                }
            }
        }
        return result;
    }

    /** Whether a mixin may be applied to an entity of this kind ({@code applies} empty, or naming the kind or an ancestor). */
    public boolean applies(Mixin mixin, CategoryId kind) {
        return mixin.applies().isEmpty() || mixin.applies().stream().anyMatch(k -> model.isA(kind, k));
    }
}
