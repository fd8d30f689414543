import confine.controller.ControllerOptions;
import confine.controller.LocalController;
import confine.controller.Seed;
import confine.orm.Api;
import confine.orm.ApiOptions;
import confine.orm.Outcome;
import confine.orm.Resource;
import java.time.Duration;
import java.util.List;

/**
 * Updates 500 slivers of a local controller that answers every request after a fixed
 * latency, once one PATCH after the other and once concurrently through the client's
 * bulk update, and prints both times beside the floor the in-flight limit sets:
 * ceil(slivers / limit) x latency. Run from the worktree root after a build:
 *
 *   java -Dsun.net.httpserver.nodelay=true -cp "confine.orm/target/classes:$(cat confine.orm/target/test.classpath)" \
 *        bench/ConcurrentUpdateBench.java [slivers=500] [latency-ms=20] [in-flight=8,16,32]
 *
 * The property turns Nagle's algorithm off in the JDK HTTP server the controller runs on;
 * without it every small answer waits ~40 ms for a delayed ACK and both times measure that.
 */
public class ConcurrentUpdateBench {

    public static void main(String[] args) throws Exception {
        int slivers = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        Duration latency = Duration.ofMillis(args.length > 1 ? Long.parseLong(args[1]) : 20);
        List<Integer> limits = args.length > 2
                ? java.util.Arrays.stream(args[2].split(",")).map(Integer::valueOf).toList()
                : List.of(8, 16, 32);
        int perSlice = 10;
        int slices = (slivers + perSlice - 1) / perSlice;
        try (LocalController controller = LocalController.start(ControllerOptions.defaults()
                .seed(Seed.generated(perSlice * 2, slices, perSlice)))) {
            System.out.printf("%d slivers, %d ms latency per request, local controller at %s%n",
                    slivers, latency.toMillis(), controller.baseUri());
            double sequential = -1;
            for (int limit : limits) {
                try (Api api = Api.of(controller.baseUri(), ApiOptions.builder().maxInFlightPerHost(limit)
                        .credentials("admin", "admin").build())) {
                    List<Resource> targets = api.manager("slivers").exclude("id", 42).list().subList(0, slivers);
                    controller.faults().latency(latency);
                    if (sequential < 0) {
                        long t0 = System.nanoTime();
                        for (Resource sliver : targets) {
                            sliver.set("description", "sequential").save();
                        }
                        sequential = seconds(t0);
                        System.out.printf("sequential                 %7.2f s   (%d x %d ms = %.2f s)%n", sequential,
                                slivers, latency.toMillis(), slivers * latency.toMillis() / 1000.0);
                    }
                    long t0 = System.nanoTime();
                    Outcome outcome = api.set(targets).update("description", "concurrent " + limit);
                    double concurrent = seconds(t0);
                    controller.faults().latency(Duration.ZERO);
                    double bound = Math.ceil(slivers / (double) limit) * latency.toMillis() / 1000.0;
                    System.out.printf("concurrent, %2d in flight   %7.2f s   (bound ceil(%d/%d) x %d ms = %.2f s)   %.1fx faster, %s%n",
                            limit, concurrent, slivers, limit, latency.toMillis(), bound, sequential / concurrent,
                            outcome.ok() ? "all saved" : outcome);
                }
            }
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
