package confine.orm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What a bulk operation did to each resource: every success with its result and
 * every failure with its cause, so one failure hides none of the other results.
 *
 * <pre>
 * Outcome o = node.related("slivers").updateAsync(Map.of("set_state", "start")).join();
 * if (!o.ok()) o.failures().forEach((r, e) -&gt; System.out.println(r.uri() + ": " + e.getMessage()));
 * </pre>
 */
@ProviderType
public interface Outcome {

    /** The resources the operation succeeded on, with its result (the resource's new JSON, or an action's response), in the collection's order. */
    Map<Resource, JsonNode> successes();

    /** The resources it failed on, with the cause, in the collection's order. */
    Map<Resource, Throwable> failures();

    /** Whether every resource succeeded. */
    boolean ok();

    /** Number of resources the operation ran on. */
    int size();

    /**
     * Returns this outcome when every resource succeeded.
     *
     * @throws PartialFailureException carrying this outcome otherwise
     */
    Outcome orThrow();

    /** "N succeeded, M failed", then one line per failure. */
    @Override
    String toString();
}
