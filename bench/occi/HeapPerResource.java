import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import occi.api.CategoryId;
import occi.api.Resource;
import occi.api.backend.Change;
import occi.api.backend.EntityQuery;
import occi.api.backend.Page;
import occi.api.backend.Registry;
import occi.api.backend.RequestContext;
import occi.registry.jdbc.internal.Dialect;
import occi.registry.jdbc.internal.JdbcRegistry;
import occi.registry.jdbc.internal.PooledDataSources;
import occi.registry.jdbc.internal.SchemaMigrator;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Heap bytes per stored resource in a registry, and the time to list the last page of 100
 * of a collection, in a JVM of its own (no container, nothing else allocating). Run by
 * bench/occi/run on a plain class path of occi.api, occi.server and occi.registry.jdbc with
 * the JDBC registry's dependencies (H2, HikariCP, Jackson):
 *
 *   java -Xmx6g -XX:+UseG1GC -cp ... bench/occi/HeapPerResource.java in-memory:100000,1000000 jdbc-h2:100000 [--dir=/tmp/x]
 *
 * {@code jdbc-h2} is the JDBC registry on an H2 file database in {@code --dir} (a fresh file
 * per size, deleted afterwards), pooled as the container pools it; its heap figure is what
 * the registry and H2's page cache keep on the heap (the entities live in the file, whose
 * size per resource is printed too).
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
        Path dir = Path.of(System.getProperty("java.io.tmpdir"));
        List<String> runs = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--dir=")) {
                dir = Path.of(arg.substring("--dir=".length()));
            } else {
                runs.add(arg);
            }
        }
        for (String run : runs) {
            String name = run.substring(0, run.indexOf(':'));
            for (String size : run.substring(run.indexOf(':') + 1).split(",")) {
                switch (name) {
                    case "in-memory" -> measure(name, Integer.parseInt(size), null);
                    case "jdbc-h2" -> measure(name, Integer.parseInt(size), Files.createTempDirectory(dir, "heap-h2-"));
                    default -> throw new IllegalArgumentException("registries: in-memory, jdbc-h2; not " + name);
                }
            }
        }
    }

    private static void measure(String name, int size, Path h2) throws Exception {
        long before = usedAfterGc();
        AutoCloseable pool = null;
        Registry registry;
        if (h2 == null) {
            registry = newInMemoryRegistry();
        } else {
            HikariDataSource dataSource = h2Pool(h2);
            pool = dataSource;
            SchemaMigrator.bundled().migrate(dataSource, Dialect.H2);
            registry = new JdbcRegistry(dataSource, Dialect.H2);
        }
        long loading = System.nanoTime();
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
        double seconds = (System.nanoTime() - loading) / 1e9;
        long after = usedAfterGc();
        System.out.printf("heap_bytes_per_resource,%s,%d,%d,bytes%n", name, size, (after - before) / size);
        System.out.printf("load_rate,%s,%d,%.0f,resources/s (1 000 per commit)%n", name, size, size / seconds);

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
        if (pool != null) {
            pool.close();
            long bytes;
            try (Stream<Path> files = Files.walk(h2)) {
                bytes = files.filter(Files::isRegularFile).mapToLong(HeapPerResource::sizeOf).sum();
            }
            System.out.printf("file_bytes_per_resource,%s,%d,%d,bytes%n", name, size, bytes / size);
            try (Stream<Path> files = Files.walk(h2)) {
                files.sorted(Comparator.reverseOrder()).forEach(HeapPerResource::delete);
            }
        }
    }

    /** An H2 file database pooled as the container's JDBC registry pools it (10 connections). */
    private static HikariDataSource h2Pool(Path dir) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + dir.resolve("occi").toAbsolutePath() + ";WRITE_DELAY=0");
        return PooledDataSources.pool(h2, "heap-per-resource", 10, 60_000);
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
