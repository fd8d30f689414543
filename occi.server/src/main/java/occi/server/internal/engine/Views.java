package occi.server.internal.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import occi.api.Action;
import occi.api.CategoryId;
import occi.api.Entity;
import occi.api.Kind;
import occi.api.Link;
import occi.api.Mixin;
import occi.api.Resource;
import occi.api.rendering.EntityView;

/**
 * Builds what renderings show of an entity: its categories, the actions applicable now
 * and, for a resource, its links. Backends' {@code retrieve} is called for the entity and
 * for each link first; what they return is rendered, not stored.
 */
final class Views {

    private final Exchange exchange;
    private final BackendCalls backends;
    /** Per request (a Views lives in one request's handler), so a model change between requests is seen. */
    private final Map<Categories, List<Action>> offered = new HashMap<>();

    Views(Exchange exchange, BackendCalls backends) {
        this.exchange = exchange;
        this.backends = backends;
    }

    /** A stored entity as rendered: retrieved through its backends, with its links (for a resource). */
    EntityView retrieved(Entity stored) {
        return of(backends.retrieve(stored), true);
    }

    /**
     * A stored entity for a rendering that shows locations only: its categories, no actions
     * and no links, and no backend asked (see {@code Rendering.rendersLocationsOnly}).
     */
    EntityView located(Entity stored, Kind kind) {
        return new EntityView(stored, kind, mixins(stored), List.of(), List.of());
    }

    /** An entity as it is (a backend's fresh result), with its links retrieved. */
    EntityView of(Entity entity, boolean withLinks) {
        Kind kind = backends.requireKind(entity);
        List<Mixin> mixins = mixins(entity);
        List<Action> offered = offeredActions(entity);
        List<Action> actions = new ArrayList<>(offered.size());
        for (Action action : offered) {
            if (backends.applicable(action, entity)) {
                actions.add(action);
            }
        }
        List<EntityView> links = new ArrayList<>();
        if (withLinks && entity instanceof Resource resource) {
            for (Link link : exchange.storage.linksFrom(resource.location())) {
                if (exchange.view.kind(link.kind()).isPresent()) {
                    links.add(of(backends.retrieve(link), false));
                }
            }
        }
        return new EntityView(entity, kind, mixins, actions, links);
    }

    private List<Mixin> mixins(Entity entity) {
        if (entity.mixins().isEmpty()) {
            return List.of();
        }
        return entity.mixins().stream().map(exchange.view::mixin).flatMap(Optional::stream).toList();
    }

    /**
     * The actions an entity's categories offer, worked out once per kind and mixins in this
     * request: a listing asks for every member, and most share their categories.
     */
    private List<Action> offeredActions(Entity entity) {
        return offered.computeIfAbsent(new Categories(entity.kind(), entity.mixins()),
                c -> exchange.view.actions(c.kind(), c.mixins()));
    }

    private record Categories(CategoryId kind, List<CategoryId> mixins) {}

    /**
     * The entity's ETag: a digest of what it is (location, categories, attributes, links),
     * not of its version. Versions come from one sequence shared by every owner, so an ETag
     * carrying one would show anybody the write rate of everybody; a digest of the content
     * shows nothing a client cannot read, changes whenever the representation does and is
     * the same on every container that shares a registry.
     */
    static String etag(Entity entity, List<? extends Entity> links) {
        java.security.MessageDigest digest = sha256();
        digest.update(canonical(entity));
        for (Entity link : links) {
            digest.update((byte) 0);
            digest.update(canonical(link));
        }
        byte[] hash = digest.digest();
        return "\"" + java.util.HexFormat.of().formatHex(hash, 0, 16) + "\"";
    }

    /** SHA-256 by a JDK provider: its instances clone, which is cheaper than a provider look-up per request. */
    private static final java.security.MessageDigest SHA_256;

    static {
        try {
            SHA_256 = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static java.security.MessageDigest sha256() {
        try {
            return (java.security.MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            try {
                return java.security.MessageDigest.getInstance("SHA-256");
            } catch (java.security.NoSuchAlgorithmException none) {
                throw new IllegalStateException("every JVM has SHA-256", none);
            }
        }
    }

    /** The entity's content as bytes: its version left out, its attributes in name order. */
    private static byte[] canonical(Entity entity) {
        Entity content = entity.withVersion(0).withAttributes(new java.util.TreeMap<>(entity.attributes()));
        return content.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    String etagOf(Entity stored) {
        return exchange.etags.etag(stored, stored instanceof Resource r ? exchange.storage.linksFrom(r.location()) : List.of());
    }
}
