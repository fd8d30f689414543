import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import occi.api.CategoryId;
import occi.api.Resource;
import occi.api.backend.Change;
import occi.api.backend.EntityQuery;
import occi.api.backend.Page;
import occi.api.backend.Registry;
import occi.api.backend.RequestContext;

/**
 * Heap bytes per stored resource in a registry, and the time to list the last page of 100
 * of a collection, in a JVM of its own (no container, nothing else allocating). Run by
 * bench/occi/run on a plain class path of occi.api and occi.server:
 *
 *   java -Xmx6g -XX:+UseG1GC -cp occi.api.jar:occi.server.jar bench/occi/HeapPerResource.java 100000 1000000
 *
 * Method: for each size N, a fresh registry; heap used after a full GC is read before and
 * after committing N computes shaped like the ones the simulator stores (kind, state,
 * state message, a UUID id and its location), 1 000 per commit as the server would in
 * bulk; (after - before) / N is the figure. Prints one CSV line per measurement:
 * {@code metric,registry,N,value,unit}.
 */
public class HeapPerResource {

    private static final CategoryId COMPUTE = CategoryId.parse("http://schemas.ogf.org/occi/infrastructure#compute");
    private static final String SIMULATED = "simulated: no real resource behind this entity";
    private static final RequestContext ANONYMOUS = RequestContext.anonymous(URI.create("http://127.0.0.1/"));

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = Arrays.stream(args).map(Integer::valueOf).toList();
        for (int size : sizes) {
            measure("in-memory", size);
        }
    }

    private static void measure(String name, int size) throws Exception {
        long before = usedAfterGc();
        Registry registry = newInMemoryRegistry();
        List<Change> batch = new ArrayList<>(1000);
        for (int i = 0; i < size; i++) {
            batch.add(Change.create(compute()));
            if (batch.size() == 1000) {
                registry.commit(batch, ANONYMOUS);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            registry.commit(batch, ANONYMOUS);
        }
        long after = usedAfterGc();
        System.out.printf("heap_bytes_per_resource,%s,%d,%d,bytes%n", name, size, (after - before) / size);

        // what the server asks for GET /compute/?page=...&number=100: the kind (and its sub-kinds) below its location
        EntityQuery lastPage = new EntityQuery("/compute/", List.of(Set.of(COMPUTE)), Map.of(), null, Resource.class,
                size - 100L, 100);
        long best = Long.MAX_VALUE;
        long[] times = new long[11];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            Page<?> page = registry.query(lastPage, ANONYMOUS);
            times[i] = System.nanoTime() - start;
            if (page.items().size() != 100 || page.total() != size) {
                throw new IllegalStateException("last page has " + page.items().size() + " of " + page.total());
            }
            best = Math.min(best, times[i]);
        }
        Arrays.sort(times);
        System.out.printf("last_page_of_100_ms,%s,%d,%.2f,ms (median of %d; best %.2f)%n", name, size,
                times[times.length / 2] / 1e6, times.length, best / 1e6);
    }

    private static Resource compute() {
        String id = UUID.randomUUID().toString();
        return new Resource(id, "/compute/" + id, COMPUTE, List.of(),
                Map.of("occi.compute.state", "inactive", "occi.compute.state.message", SIMULATED), null, null, 0);
    }

    /** The server's built-in registry, an internal class: reached reflectively on the plain class path. */
    private static Registry newInMemoryRegistry() throws Exception {
        return (Registry) Class.forName("occi.server.internal.registry.InMemoryRegistry").getConstructor().newInstance();
    }

    private static long usedAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
