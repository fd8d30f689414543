package confine.orm;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Reaches one collection of the controller ({@code nodes}, {@code slices}, ...) and its
 * resources: retrieve, create, get by URI or by lookups, filter.
 * <p>
 * Lookups are given as name-value pairs in Django's style: a field path whose parts
 * are joined by {@code __}, crossing references, optionally ending in an operator
 * ({@code exact}, {@code iexact}, {@code contains}, {@code icontains},
 * {@code startswith}, {@code endswith}, {@code in}, {@code gt}, {@code gte},
 * {@code lt}, {@code lte}, {@code isnull}).
 *
 * <pre>
 * Manager nodes = api.manager("nodes");
 * ResourceCollection vct = nodes.filter("group__name", "vct", "set_state__in", List.of("production", "safe"));
 * Resource node = nodes.get("id", 1413);
 * Resource sliver = api.manager("slivers").create("node", node, "slice", slice, "interfaces", List.of());
 * </pre>
 */
@ProviderType
public interface Manager {

    /** The name derived from the relation ({@code node-list} gives {@code nodes}). */
    String name();

    /** The name of one of its resources ({@code node}), as other resources refer to it. */
    String singular();

    /** The relation URI it was discovered from. */
    URI relation();

    /** The collection's URI. */
    URI uri();

    /** Every resource of the collection, fetched now (pages followed). */
    ResourceCollection retrieve();

    CompletableFuture<ResourceCollection> retrieveAsync();

    /** Every resource of the collection, lazily: nothing is fetched until needed. */
    ResourceCollection all();

    /** The resources matching every lookup, lazily. */
    ResourceCollection filter(Object... lookups);

    ResourceCollection filter(Map<String, ?> lookups);

    /** The resources matching none of the lookups, lazily. */
    ResourceCollection exclude(Object... lookups);

    /**
     * The one resource matching the lookups.
     *
     * @throws java.util.NoSuchElementException when none or several match
     */
    Resource get(Object... lookups);

    /** The resource at {@code uri} (the session's one object for it). */
    Resource get(URI uri);

    /** Creates a resource (POST to the collection) from name-value pairs; references may be {@link Resource}s. */
    Resource create(Object... fields);

    Resource create(Map<String, ?> fields);

    CompletableFuture<Resource> createAsync(Map<String, ?> fields);
}
