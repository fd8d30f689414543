package occi.api.backend;

import java.util.Optional;
import occi.api.Entity;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Implemented by a {@link KindBackend} that keeps its kinds' entities itself: the resource
 * manager is the source of truth and nothing of it is copied into the registry. The
 * server then finds, lists and stores entities of those kinds through the backend
 * ({@link #owns} tells which locations are its own), and the registry never sees them.
 */
@ConsumerType
public interface EntityStore extends KindBackend {

    /** Whether entities at this location, or of this collection path, belong to this store. */
    boolean owns(String location);

    /** The entity at a location of this store. */
    Optional<Entity> find(String location, RequestContext request);

    /** A page of this store's entities matching the query. */
    Page<Entity> query(EntityQuery query, RequestContext request);

    /** Stores a created, updated or replaced entity (after the backend calls above). */
    Entity store(Entity entity, RequestContext request);

    /** Removes an entity (after {@link #delete}). */
    void remove(Entity entity, RequestContext request);
}
