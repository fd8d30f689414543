package occi.api.backend;

import java.util.Collection;
import occi.api.Category;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The part every backend shares: the categories it defines. A backend is an OSGi service
 * (whiteboard): the server picks it up when it is registered, adds its categories to the
 * query interface at once, and withdraws them when it goes away (operations on entities
 * of a withdrawn category then answer 503; the entities are kept).
 *
 * <p>A backend whose categories change while it runs (templates discovered in a resource
 * manager) calls {@link ModelChanges#categoriesChanged(Backend)} afterwards.
 */
@ConsumerType
public interface Backend {

    /** The kinds, mixins and actions this backend defines. */
    Collection<? extends occi.api.Category> categories();

    /** A helper for the common case of a fixed list. */
    static Collection<Category> of(Category... categories) {
        return java.util.List.of(categories);
    }
}
