package confine.orm;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A lazy list of uniform resources that keeps its {@link Manager}. Nothing is
 * fetched until the members are needed ({@link #list()}, iteration, {@link #size()},
 * a bulk operation); pages are followed transparently.
 * <p>
 * Equality lookups on fields the controller filters on are sent as query
 * parameters; every other lookup (crossing references, operators, exclusions) is
 * evaluated here, fetching the related resources concurrently. Both ways give the
 * same members in the same order.
 * <p>
 * Bulk operations run on every member concurrently and return when all are done.
 * Their blocking forms throw a {@link PartialFailureException} carrying the whole
 * {@link Outcome} when any member failed; the {@code Async} forms complete with the
 * {@link Outcome} in every case.
 *
 * <pre>
 * ResourceCollection nodes = api.manager("nodes").filter("group__name", "vct").exclude("set_state", "failure");
 * nodes.size();                                  // fetched now
 * nodes.update("description", "in the lab");    // one save per node, concurrently
 * nodes.invoke("reboot");                        // one POST per node, concurrently
 * </pre>
 */
@ProviderType
public interface ResourceCollection extends Iterable<Resource>, BulkOperations {

    Manager manager();

    /** Adds lookups that every member must match (name-value pairs). */
    ResourceCollection filter(Object... lookups);

    ResourceCollection filter(Map<String, ?> lookups);

    /** Adds lookups of which no member may match any. */
    ResourceCollection exclude(Object... lookups);

    /**
     * The one member matching the lookups.
     *
     * @throws java.util.NoSuchElementException when none or several match
     */
    Resource get(Object... lookups);

    /** The same collection with every lookup evaluated here, none sent to the controller. */
    ResourceCollection clientSide();

    /** Creates a resource in the collection's manager. */
    Resource create(Object... fields);

    /** Fetches the members now (again, if they had been). */
    ResourceCollection retrieve();

    CompletableFuture<List<Resource>> listAsync();

    /** The members, fetched if needed. */
    List<Resource> list();

    Stream<Resource> stream();

    int size();

    boolean isEmpty();

    /** A JSON array of the members, indented. */
    @Override
    String toString();
}
