package occi.server.internal.engine;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import occi.api.Action;
import occi.api.AttributeDefinition;
import occi.api.CategoryId;
import occi.api.Core;
import occi.api.Entity;
import occi.api.InvalidAttributeException;
import occi.api.Kind;
import occi.api.Link;
import occi.api.Mixin;
import occi.api.OcciException;
import occi.api.Resource;
import occi.api.rendering.EntityRepresentation;
import occi.api.rendering.LinkRepresentation;

/**
 * Turns what a client sent into entities, checked against the model: known categories,
 * mixins that apply to the kind, attributes that are defined, typed and mutable, defaults
 * filled in, required attributes present. The {@code occi.core.*} attributes become the
 * entity's fields: the server assigns {@code occi.core.id} once and keeps it.
 */
final class EntityAssembler {

    /** A client-chosen id: no slashes or spaces, so it can end a location. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~:-]*");

    private final Exchange exchange;
    /** The immutable attributes the client gave for the entity {@link #create} made last, as coerced. */
    private Map<String, Object> immutableGiven = Map.of();

    EntityAssembler(Exchange exchange) {
        this.exchange = exchange;
    }

    /**
     * A new entity from a representation.
     *
     * @param collectionKind the kind whose location the client posted to, or {@code null}
     * @param location       the client-chosen location (PUT), or {@code null} to place it below its kind's location
     */
    Entity create(EntityRepresentation rep, CategoryId collectionKind, String location) {
        Kind kind = kindFor(rep.kind(), collectionKind);
        List<CategoryId> mixins = checkMixins(rep.mixins(), kind.id());
        Map<String, Object> given = new LinkedHashMap<>(rep.attributes());
        String id = given.containsKey(Core.ID) ? clientId(given.remove(Core.ID)) : UUID.randomUUID().toString();
        String where = location != null ? location : placement(kind, mixins) + id;
        String title = string(Core.TITLE, given.remove(Core.TITLE));
        Map<String, AttributeDefinition> definitions = exchange.view.definitions(kind.id(), mixins);
        if (exchange.view.model().isLinkKind(kind.id())) {
            String source = sourceOf(given.remove(Core.SOURCE));
            Endpoint target = targetOf(given.remove(Core.TARGET));
            rejectSummary(given);
            Map<String, Object> attributes = checkCreateAttributes(given, definitions);
            immutableGiven = immutableOnly(given.keySet(), attributes, definitions);
            return new Link(id, where, kind.id(), mixins, attributes, title, source, target.location, target.kind, 0);
        }
        String summary = string(Core.SUMMARY, given.remove(Core.SUMMARY));
        rejectLinkEnds(given);
        Map<String, Object> attributes = checkCreateAttributes(given, definitions);
        immutableGiven = immutableOnly(given.keySet(), attributes, definitions);
        return new Resource(id, where, kind.id(), mixins, attributes, title, summary, 0);
    }

    /**
     * Where a new entity posted to a collection goes: below its kind's location, unless one of
     * its mixins has a location that an entity store owns (a resource manager that serves the
     * kind through a mixin of its own, e.g. a compute that is a CONFINE sliver): then below
     * that mixin's location, so that the store, not the registry, keeps it.
     */
    private String placement(Kind kind, List<CategoryId> mixins) {
        for (CategoryId id : mixins) {
            String location = exchange.view.mixin(id).map(occi.api.Mixin::location).orElse(null);
            if (location != null && exchange.view.model().entityStores().stream().anyMatch(s -> s.owns(location))) {
                return location;
            }
        }
        return kind.location();
    }

    private static Map<String, Object> immutableOnly(Set<String> given, Map<String, Object> attributes,
            Map<String, AttributeDefinition> definitions) {
        Map<String, Object> immutable = new LinkedHashMap<>();
        given.stream().filter(name -> definitions.containsKey(name) && !definitions.get(name).mutable())
                .forEach(name -> immutable.put(name, attributes.get(name)));
        return immutable;
    }

    /**
     * Checks the entity the backends made from the one {@link #create} assembled: an immutable
     * attribute the client gave is the provider's to set, and a value the provider did not keep
     * is refused, naming it, rather than dropped. Giving the value the provider sets (a client
     * sending back what it read) is fine.
     */
    void checkImmutableKept(Entity created) {
        immutableGiven.forEach((name, wanted) -> {
            Object kept = created.attributes().get(name);
            if (!Objects.equals(kept, wanted)) {
                throw new InvalidAttributeException(name, "is immutable: the provider sets it"
                        + (kept == null ? "" : " (to " + kept + ")") + ", so it cannot be " + wanted + " on creation");
            }
        });
    }

    /** The links a new resource's representation carries inline, each a new link entity. */
    List<Link> inlineLinks(Resource source, List<LinkRepresentation> links) {
        List<Link> result = new ArrayList<>();
        for (LinkRepresentation rep : links) {
            Kind kind = kindFor(rep.kind() == null ? Core.LINK.id() : rep.kind(), Core.LINK.id());
            List<CategoryId> mixins = checkMixins(rep.mixins(), kind.id());
            Map<String, Object> given = new LinkedHashMap<>(rep.attributes());
            given.remove(Core.SOURCE); // the resource it is written in is its source
            Object targetGiven = given.remove(Core.TARGET);
            Endpoint target = targetOf(rep.target() != null ? rep.target() : targetGiven);
            String id = given.containsKey(Core.ID) ? clientId(given.remove(Core.ID)) : UUID.randomUUID().toString();
            String title = string(Core.TITLE, given.remove(Core.TITLE));
            rejectSummary(given);
            Map<String, Object> attributes = checkCreateAttributes(given, exchange.view.definitions(kind.id(), mixins));
            result.add(new Link(id, kind.location() + id, kind.id(), mixins, attributes, title, source.location(),
                    target.location, target.kind, 0));
        }
        return result;
    }

    /** A partial update (POST): the given attributes and mixins merged into the current entity. */
    Entity update(Entity current, EntityRepresentation rep) {
        checkSameKind(current, rep.kind());
        Set<CategoryId> mixins = new LinkedHashSet<>(current.mixins());
        mixins.addAll(checkMixins(rep.mixins(), current.kind()));
        Map<String, Object> given = new LinkedHashMap<>(rep.attributes());
        Entity updated = withCoreFields(current, given).withMixins(List.copyOf(mixins));
        Map<String, AttributeDefinition> definitions = exchange.view.definitions(current.kind(), updated.mixins());
        Map<String, Object> attributes = new LinkedHashMap<>(current.attributes());
        return updated.withAttributes(withGiven(attributes, given, current, definitions));
    }

    /** A full replacement (PUT on an existing entity): mixins and mutable attributes as given. */
    Entity replace(Entity current, EntityRepresentation rep) {
        checkSameKind(current, rep.kind());
        List<CategoryId> mixins = checkMixins(rep.mixins(), current.kind());
        Map<String, Object> given = new LinkedHashMap<>(rep.attributes());
        Entity replaced = withCoreFields(current, given).withMixins(mixins);
        if (!rep.attributes().containsKey(Core.TITLE)) {
            replaced = replaced.withTitle(null); // a replace leaves out what the client left out
        }
        if (replaced instanceof Resource r && !rep.attributes().containsKey(Core.SUMMARY)) {
            replaced = r.withSummary(null);
        }
        Map<String, AttributeDefinition> definitions = exchange.view.definitions(current.kind(), mixins);
        Map<String, Object> attributes = new LinkedHashMap<>();
        current.attributes().forEach((name, value) -> {
            AttributeDefinition definition = definitions.get(name);
            if (definition != null && !definition.mutable()) {
                attributes.put(name, value); // immutable values survive a replace the client left them out of
            }
        });
        return replaced.withAttributes(withGiven(attributes, given, current, definitions));
    }

    /**
     * The attributes a client gave for an update or a replace, typed and checked against the
     * current values (an immutable one may not change), put over {@code attributes}; then the
     * defaults filled in and the required ones checked.
     */
    private Map<String, Object> withGiven(Map<String, Object> attributes, Map<String, Object> given, Entity current,
            Map<String, AttributeDefinition> definitions) {
        given.forEach((name, value) -> {
            AttributeDefinition definition = defined(name, definitions);
            Object coerced = definition.coerce(value);
            checkMutable(definition, current.attributes().get(name), coerced);
            attributes.put(name, coerced);
        });
        fillDefaults(attributes, definitions);
        checkRequired(attributes, definitions);
        return attributes;
    }

    /** An action's attributes: defined by the action, typed, defaults filled, required ones present. */
    Map<String, Object> actionAttributes(Action action, Map<String, Object> given) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        given.forEach((name, value) -> attributes.put(name, defined(name, action.attributes()).coerce(value)));
        fillDefaults(attributes, action.attributes());
        action.attributes().values().stream().filter(AttributeDefinition::required).filter(d -> !attributes.containsKey(d.name()))
                .findFirst().ifPresent(d -> {
                    throw new InvalidAttributeException(d.name(), "is required by action " + action.id().term());
                });
        return attributes;
    }

    private Kind kindFor(CategoryId given, CategoryId collectionKind) {
        CategoryId id = given != null ? given : collectionKind;
        if (id == null) {
            throw OcciException.badRequest("the entity names no kind");
        }
        Kind kind = exchange.view.kind(id).orElseThrow(() -> exchange.view.category(id).isPresent()
                ? OcciException.badRequest(id + " is not a kind")
                : OcciException.badRequest("unknown kind " + id));
        if (collectionKind != null && !exchange.view.model().isA(kind.id(), collectionKind)) {
            throw OcciException.badRequest("kind " + kind.id() + " does not belong in the collection of " + collectionKind);
        }
        if (kind.location() == null || !(exchange.view.model().isResourceKind(kind.id()) || exchange.view.model().isLinkKind(kind.id()))) {
            throw OcciException.badRequest("kind " + kind.id() + " cannot be instantiated");
        }
        return kind;
    }

    private List<CategoryId> checkMixins(List<CategoryId> given, CategoryId kind) {
        Set<CategoryId> mixins = new LinkedHashSet<>();
        for (CategoryId id : given) {
            if (id.equals(kind)) {
                continue; // some clients repeat the kind among the categories
            }
            Mixin mixin = exchange.view.mixin(id).orElseThrow(() -> OcciException.badRequest(
                    exchange.view.category(id).isPresent() ? id + " is not a mixin" : "unknown mixin " + id));
            if (!exchange.view.applies(mixin, kind)) {
                throw OcciException.badRequest("mixin " + id + " does not apply to kind " + kind);
            }
            mixins.add(id);
        }
        return List.copyOf(mixins);
    }

    private static void checkSameKind(Entity current, CategoryId given) {
        if (given != null && !given.equals(current.kind())) {
            throw OcciException.badRequest("the kind of " + current.location() + " is " + current.kind() + "; it cannot become " + given);
        }
    }

    /** Applies the client's occi.core.* values to an existing entity, refusing changes to immutable ones. */
    private Entity withCoreFields(Entity current, Map<String, Object> given) {
        Entity result = current;
        Object id = given.remove(Core.ID);
        if (id != null && !String.valueOf(id).equals(current.id())) {
            throw new InvalidAttributeException(Core.ID, "is immutable (it is " + current.id() + ")");
        }
        if (given.containsKey(Core.TITLE)) {
            result = result.withTitle(string(Core.TITLE, given.remove(Core.TITLE)));
        }
        if (result instanceof Link link) {
            Object source = given.remove(Core.SOURCE);
            if (source != null && !link.source().equals(sourcePath(source))) {
                throw new InvalidAttributeException(Core.SOURCE, "is immutable (it is " + link.source() + ")");
            }
            Object target = given.remove(Core.TARGET);
            if (target != null) {
                Endpoint end = targetOf(target);
                result = link.withTarget(end.location, end.kind).withTitle(result.title());
            }
            rejectSummary(given);
        } else {
            Resource resource = (Resource) result;
            if (given.containsKey(Core.SUMMARY)) {
                result = resource.withSummary(string(Core.SUMMARY, given.remove(Core.SUMMARY)));
            }
            rejectLinkEnds(given);
        }
        return result;
    }

    private Map<String, Object> checkCreateAttributes(Map<String, Object> given, Map<String, AttributeDefinition> definitions) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        given.forEach((name, value) -> attributes.put(name, defined(name, definitions).coerce(value)));
        fillDefaults(attributes, definitions);
        checkRequired(attributes, definitions);
        return attributes;
    }

    private static AttributeDefinition defined(String name, Map<String, AttributeDefinition> definitions) {
        if (name.startsWith(Core.CORE_ATTRIBUTE_PREFIX)) {
            throw new InvalidAttributeException(name, "is not an attribute of this entity");
        }
        AttributeDefinition definition = definitions.get(name);
        if (definition == null) {
            throw new InvalidAttributeException(name, "is not defined by the entity's kind or mixins");
        }
        return definition;
    }

    private static void checkMutable(AttributeDefinition definition, Object current, Object wanted) {
        if (!definition.mutable() && !Objects.equals(current, wanted)) {
            throw new InvalidAttributeException(definition.name(), "is immutable" + (current == null ? "" : " (it is " + current + ")"));
        }
    }

    private static void fillDefaults(Map<String, Object> attributes, Map<String, AttributeDefinition> definitions) {
        definitions.values().stream()
                .filter(d -> !d.name().startsWith(Core.CORE_ATTRIBUTE_PREFIX) && d.defaultValue() != null)
                .forEach(d -> attributes.putIfAbsent(d.name(), d.defaultValue()));
    }

    /** Required attributes a client may set must be there; immutable ones are the backend's to fill. */
    private static void checkRequired(Map<String, Object> attributes, Map<String, AttributeDefinition> definitions) {
        definitions.values().stream()
                .filter(d -> d.required() && d.mutable() && !d.name().startsWith(Core.CORE_ATTRIBUTE_PREFIX))
                .filter(d -> !attributes.containsKey(d.name()))
                .findFirst().ifPresent(d -> {
                    throw new InvalidAttributeException(d.name(), "is required");
                });
    }

    private static String clientId(Object value) {
        String id = string(Core.ID, value);
        if (id.length() > Paths.MAX_ID) {
            throw new InvalidAttributeException(Core.ID, "an identifier is at most " + Paths.MAX_ID + " characters long");
        }
        if (!ID.matcher(id).matches()) {
            throw new InvalidAttributeException(Core.ID, "'" + id + "' is not a usable identifier (letters, digits, . _ ~ : -)");
        }
        return id;
    }

    /** A core attribute's value, which is always a string. */
    private static String string(String name, Object value) {
        return value == null ? null : (String) AttributeDefinition.builder(name, occi.api.AttributeType.STRING).build().coerce(value);
    }

    private static void rejectSummary(Map<String, Object> given) {
        if (given.containsKey(Core.SUMMARY)) {
            throw new InvalidAttributeException(Core.SUMMARY, "belongs to resources, not links");
        }
    }

    private static void rejectLinkEnds(Map<String, Object> given) {
        for (String name : List.of(Core.SOURCE, Core.TARGET)) {
            if (given.containsKey(name)) {
                throw new InvalidAttributeException(name, "belongs to links, not resources");
            }
        }
    }

    private String sourcePath(Object value) {
        String given = string(Core.SOURCE, value);
        String path = exchange.localPath(given);
        if (path == null) {
            throw new InvalidAttributeException(Core.SOURCE, "'" + given + "' is not a location of this server");
        }
        return path;
    }

    private String sourceOf(Object value) {
        if (value == null) {
            throw new InvalidAttributeException(Core.SOURCE, "is required");
        }
        String path = sourcePath(value);
        Entity source = exchange.storage.find(path)
                .orElseThrow(() -> new InvalidAttributeException(Core.SOURCE, "no resource at " + path));
        if (!(source instanceof Resource)) {
            throw new InvalidAttributeException(Core.SOURCE, path + " is a link, not a resource");
        }
        return path;
    }

    private record Endpoint(String location, CategoryId kind) {}

    /** A link's target: a resource of this server (which must exist) or an absolute URI elsewhere. */
    private Endpoint targetOf(Object value) {
        if (value == null) {
            throw new InvalidAttributeException(Core.TARGET, "is required");
        }
        String given = string(Core.TARGET, value);
        String path = exchange.localPath(given);
        if (path != null) {
            Entity target = exchange.storage.find(path)
                    .orElseThrow(() -> new InvalidAttributeException(Core.TARGET, "no entity at " + path));
            return new Endpoint(path, target.kind());
        }
        try {
            if (URI.create(given).isAbsolute()) {
                return new Endpoint(given, null);
            }
        } catch (IllegalArgumentException e) {
            // reported below with the value
        }
        throw new InvalidAttributeException(Core.TARGET, "'" + given + "' is neither a location of this server nor an absolute URI");
    }
}
