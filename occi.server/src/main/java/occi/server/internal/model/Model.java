package occi.server.internal.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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
import occi.api.Core;
import occi.api.Kind;
import occi.api.Mixin;
import occi.api.backend.ActionBackend;
import occi.api.backend.EntityStore;
import occi.api.backend.KindBackend;
import occi.api.backend.MixinBackend;

/**
 * An immutable snapshot of the provider model: the core kinds and every category of the
 * backends present, with the kind hierarchy resolved, and which backend defines what.
 * Built by {@link ModelBuilder}; replaced as a whole when a backend comes or goes, so a
 * request sees one consistent model from start to end. User-defined mixins are not part
 * of it (they belong to their owners; see {@link ModelView}).
 */
public final class Model {

    /** The model with no backend: only the core kinds. */
    public static final Model CORE = new ModelBuilder(message -> {}).build(List.of());

    private final Map<CategoryId, Category> categories;
    private final Map<String, Category> locations;
    private final Map<CategoryId, BackendEntry> definedBy;
    private final Map<CategoryId, List<Kind>> ancestry;
    private final List<Refusal> refusals;
    /** Worked out once: every request asks for them. */
    private final List<EntityStore> entityStores;
    /** The actions each kind offers (inherited ones first), worked out once: every GET of an entity asks. */
    private final Map<CategoryId, List<Action>> kindOffers;

    Model(Map<CategoryId, Category> categories, Map<String, Category> locations, Map<CategoryId, BackendEntry> definedBy,
            List<Refusal> refusals) {
        this.refusals = List.copyOf(refusals);
        this.categories = Collections.unmodifiableMap(new LinkedHashMap<>(categories));
        this.locations = Map.copyOf(locations);
        this.definedBy = Map.copyOf(definedBy);
        Map<CategoryId, List<Kind>> chains = new LinkedHashMap<>();
        for (Category category : categories.values()) {
            if (category instanceof Kind kind) {
                chains.put(kind.id(), chain(kind));
            }
        }
        this.ancestry = Map.copyOf(chains);
        this.entityStores = this.definedBy.values().stream().map(BackendEntry::backend).filter(EntityStore.class::isInstance)
                .map(EntityStore.class::cast).distinct().toList();
        Map<CategoryId, List<Action>> offers = new LinkedHashMap<>();
        for (CategoryId kind : chains.keySet()) {
            offers.put(kind, kindActions(kind).stream().map(this::action).flatMap(Optional::stream).toList());
        }
        this.kindOffers = Map.copyOf(offers);
    }

    private List<Kind> chain(Kind kind) {
        List<Kind> chain = new ArrayList<>();
        for (Kind k = kind; k != null; k = k.parent() == null ? null : (Kind) categories.get(k.parent())) {
            chain.add(0, k);
        }
        return List.copyOf(chain);
    }

    /** The backends' categories left out of this model, each with the reason, in the order they were found. */
    public List<Refusal> refusals() {
        return refusals;
    }

    /** Every category, core kinds first, then kinds, mixins and actions in the order backends defined them. */
    public Collection<Category> categories() {
        return categories.values();
    }

    public Optional<Category> category(CategoryId id) {
        return Optional.ofNullable(categories.get(id));
    }

    /** The kind or mixin bound to a location such as {@code /compute/}. */
    public Optional<Category> atLocation(String location) {
        return Optional.ofNullable(locations.get(location));
    }

    /** Whether a location is taken by a provider category. */
    public boolean locationTaken(String location) {
        return locations.containsKey(location);
    }

    /** A kind and its ancestors, {@code core#entity} first, the kind itself last; empty for an unknown kind. */
    public List<Kind> ancestry(CategoryId kind) {
        return ancestry.getOrDefault(kind, List.of());
    }

    /** Whether {@code kind} is {@code ancestor} or descends from it. */
    public boolean isA(CategoryId kind, CategoryId ancestor) {
        return ancestry(kind).stream().anyMatch(k -> k.id().equals(ancestor));
    }

    /** The kind and every kind that descends from it. */
    public Set<CategoryId> kindAndDescendants(CategoryId kind) {
        Set<CategoryId> result = new LinkedHashSet<>();
        ancestry.forEach((id, chain) -> {
            if (chain.stream().anyMatch(k -> k.id().equals(kind))) {
                result.add(id);
            }
        });
        return result;
    }

    /** The attributes of a kind, inherited ones first; a kind may redefine its parent's. */
    public Map<String, AttributeDefinition> kindAttributes(CategoryId kind) {
        Map<String, AttributeDefinition> definitions = new LinkedHashMap<>();
        ancestry(kind).forEach(k -> definitions.putAll(k.attributes()));
        return definitions;
    }

    /** The actions of a kind, inherited ones first. */
    public List<CategoryId> kindActions(CategoryId kind) {
        Set<CategoryId> actions = new LinkedHashSet<>();
        ancestry(kind).forEach(k -> actions.addAll(k.actions()));
        return List.copyOf(actions);
    }

    /** The known actions a kind offers, inherited ones first: {@link #kindActions} as categories. */
    public List<Action> kindOffers(CategoryId kind) {
        return kindOffers.getOrDefault(kind, List.of());
    }

    /** The backend that defines a category; empty for the core kinds and unknown categories. */
    public Optional<BackendEntry> definedBy(CategoryId id) {
        return Optional.ofNullable(definedBy.get(id));
    }

    /** The kind backend called for entities of this kind, if its definer is one. */
    public Optional<KindBackend> kindBackend(CategoryId kind) {
        return definedBy(kind).map(BackendEntry::backend).filter(KindBackend.class::isInstance).map(KindBackend.class::cast);
    }

    /** The backend that keeps this kind's entities itself, if any. */
    public Optional<EntityStore> entityStore(CategoryId kind) {
        return kindBackend(kind).filter(EntityStore.class::isInstance).map(EntityStore.class::cast);
    }

    /** Every entity store of the model, once each. */
    public List<EntityStore> entityStores() {
        return entityStores;
    }

    public Optional<MixinBackend> mixinBackend(CategoryId mixin) {
        return definedBy(mixin).map(BackendEntry::backend).filter(MixinBackend.class::isInstance).map(MixinBackend.class::cast);
    }

    public Optional<ActionBackend> actionBackend(CategoryId action) {
        return definedBy(action).map(BackendEntry::backend).filter(ActionBackend.class::isInstance).map(ActionBackend.class::cast);
    }

    /** Whether a category is one of the core kinds or a backend's (as opposed to a user's mixin). */
    public boolean isProvided(CategoryId id) {
        return categories.containsKey(id);
    }

    /** Whether a kind is instantiable as a resource ({@code core#resource} or below). */
    public boolean isResourceKind(CategoryId kind) {
        return isA(kind, Core.RESOURCE.id());
    }

    /** Whether a kind is instantiable as a link ({@code core#link} or below). */
    public boolean isLinkKind(CategoryId kind) {
        return isA(kind, Core.LINK.id());
    }

    public Optional<Kind> kind(CategoryId id) {
        return category(id).filter(Kind.class::isInstance).map(Kind.class::cast);
    }

    public Optional<Mixin> mixin(CategoryId id) {
        return category(id).filter(Mixin.class::isInstance).map(Mixin.class::cast);
    }

    public Optional<Action> action(CategoryId id) {
        return category(id).filter(Action.class::isInstance).map(Action.class::cast);
    }
}
