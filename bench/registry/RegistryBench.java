import com.zaxxer.hikari.HikariDataSource;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import occi.api.CategoryId;
import occi.api.Entity;
import occi.api.Resource;
import occi.api.backend.Change;
import occi.api.backend.EntityQuery;
import occi.api.backend.Page;
import occi.api.backend.RequestContext;
import occi.registry.jdbc.internal.Dialect;
import occi.registry.jdbc.internal.JdbcRegistry;
import occi.registry.jdbc.internal.PooledDataSources;
import occi.registry.jdbc.internal.SchemaMigrator;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Fills the JDBC registry on an H2 file with N compute resources (default 1 000 000), then
 * times listing one page of the kind at the start, the middle and the end, and a few other
 * queries, with the heap in use before and after. Run through run.sh; figures, not assertions.
 */
public class RegistryBench {

    static final CategoryId COMPUTE = CategoryId.parse("http://schemas.ogf.org/occi/infrastructure#compute");
    static final CategoryId SMALL = CategoryId.parse("http://example.org/bench/tpl#small");
    static final RequestContext ANONYMOUS = RequestContext.anonymous(URI.create("http://127.0.0.1/"));
    static final int BATCH = 1_000;
    static final int PAGE = 50;

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path folder = Path.of(args.length > 1 ? args[1] : "target/bench").toAbsolutePath();
        Files.createDirectories(folder);
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + folder.resolve("occi") + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000");
        try (HikariDataSource pool = PooledDataSources.pool(h2, "bench", 4, 30_000)) {
            SchemaMigrator.bundled().migrate(pool, Dialect.H2);
            JdbcRegistry registry = new JdbcRegistry(pool, Dialect.H2);
            long present = registry.query(EntityQuery.below("/compute/", 0), ANONYMOUS).total();
            if (present < count) {
                fill(registry, (int) present, count);
            }
            System.out.printf("registry: %,d compute resources in %s (%,d MB on disk)%n", count, folder,
                    Files.size(folder.resolve("occi.mv.db")) >> 20);
            EntityQuery kind = new EntityQuery("/compute/", List.of(Set.of(COMPUTE)), Map.of(), null, Resource.class, 0, PAGE);
            long heapBefore = heapAfterGc();
            for (long offset : new long[] {0, count / 2, count - PAGE}) {
                time("kind page at offset " + offset, () -> registry.query(kind.page(offset, PAGE), ANONYMOUS));
            }
            time("prefix-only page at the end", () -> registry.query(EntityQuery.below("/compute/", PAGE)
                    .page(count - PAGE, PAGE), ANONYMOUS));
            time("mixin listing, first page", () -> registry.query(new EntityQuery("/", List.of(Set.of(SMALL)), Map.of(),
                    null, Entity.class, 0, PAGE), ANONYMOUS));
            time("attribute filter (1 match)", () -> registry.query(new EntityQuery("/compute/", List.of(Set.of(COMPUTE)),
                    Map.of("occi.compute.hostname", "vm-" + (count / 3)), null, Entity.class, 0, PAGE), ANONYMOUS));
            time("get by location", () -> registry.get("/compute/" + String.format("%09d", count / 3), ANONYMOUS));
            long pages = 0;
            long start = System.nanoTime();
            for (long offset = 0; offset < count && pages < 200; offset += PAGE, pages++) {
                registry.query(kind.page(offset, PAGE), ANONYMOUS);
            }
            System.out.printf("first 200 pages one after the other: %.1f ms a page%n", (System.nanoTime() - start) / 1e6 / pages);
            long heapAfter = heapAfterGc();
            System.out.printf("heap in use after GC: %,d KB before the listings, %,d KB after%n", heapBefore >> 10, heapAfter >> 10);
        }
    }

    static void fill(JdbcRegistry registry, int from, int count) {
        long start = System.nanoTime();
        for (int first = from; first < count; first += BATCH) {
            List<Change> changes = new ArrayList<>(BATCH);
            for (int i = first; i < Math.min(count, first + BATCH); i++) {
                changes.add(Change.create(new Resource("id-" + i, "/compute/" + String.format("%09d", i), COMPUTE,
                        i % 10 == 0 ? List.of(SMALL) : List.of(),
                        Map.of("occi.compute.hostname", "vm-" + i, "occi.compute.cores", (long) (1 + i % 8)),
                        "vm " + i, null, 0)));
            }
            registry.commit(changes, ANONYMOUS);
            if ((first / BATCH) % 100 == 0) {
                System.out.printf("filled %,d (%.0f s)%n", first + BATCH, (System.nanoTime() - start) / 1e9);
            }
        }
        System.out.printf("filled %,d resources in %.0f s%n", count - from, (System.nanoTime() - start) / 1e9);
    }

    /** Runs a query 3 times to warm up, then 7 times; prints the median and the result size. */
    static void time(String what, Supplier<Object> query) {
        for (int i = 0; i < 3; i++) {
            query.get();
        }
        double[] millis = new double[7];
        Object result = null;
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            result = query.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        String size = result instanceof Page<?> page ? page.items().size() + " of " + page.total() : String.valueOf(result != null);
        System.out.printf("%-36s median %8.2f ms  (min %.2f, max %.2f)  %s%n", what, millis[3], millis[0], millis[6], size);
    }

    static long heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
