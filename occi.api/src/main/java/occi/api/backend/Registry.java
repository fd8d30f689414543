package occi.api.backend;

import java.util.List;
import java.util.Optional;
import occi.api.CategoryId;
import occi.api.Entity;
import occi.api.Link;
import occi.api.Mixin;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Where entities and user-defined mixins live. Registered as a service; the server uses
 * the one with the highest {@code service.ranking} and switches at once when a better one
 * arrives or the one in use goes away (the built-in in-memory registry has the lowest
 * ranking). Every method gets the {@link RequestContext}, so a registry can keep each
 * owner's entities and mixins apart: an owner asking for another owner's entity gets
 * nothing (the server answers 404, leaking no existence).
 *
 * <p>Implementations are thread-safe; {@link #commit} is atomic.
 */
@ConsumerType
public interface Registry {

    /** The entity at a location, if there is one the caller may see. */
    Optional<Entity> get(String location, RequestContext request);

    /** A page of the entities matching a query, in location order. */
    Page<Entity> query(EntityQuery query, RequestContext request);

    /** The links whose source is the given resource location. */
    List<Link> linksFrom(String resourceLocation, RequestContext request);

    /**
     * Applies every change or none. Returns the entities as stored, in the order of the
     * {@link Change.Put puts}, each with its new {@link Entity#version() version}.
     *
     * @throws occi.api.OcciException 412 when an expected version does not match (409 when a
     *         location that must be free is taken); the registry is then unchanged
     */
    List<Entity> commit(List<Change> changes, RequestContext request);

    /** The user-defined mixins the caller may see. */
    List<Mixin> userMixins(RequestContext request);

    /** Adds user-defined mixins (already checked by the server), all or none. */
    void addUserMixins(List<Mixin> mixins, RequestContext request);

    /** Removes a user-defined mixin; returns whether there was one the caller owned. */
    boolean removeUserMixin(CategoryId mixin, RequestContext request);
}
