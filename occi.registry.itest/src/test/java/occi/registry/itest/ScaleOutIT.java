package occi.registry.itest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scale-out as README.md's "Scale out" section describes it: two exported containers on one
 * PostgreSQL registry behind nginx (configured from {@code cnf/balancer/nginx.conf}, the file
 * the README shows). Writes go alternately through the balancer and to each container
 * directly; every container sees each at once, ETags and {@code If-Match} agree, of two
 * conditional updates racing through different containers exactly one wins, each in-container
 * cache the README lists is coherent within what it promises, and killing one container
 * (SIGKILL) under load neither stops the balancer serving nor loses an acknowledged create.
 * Skipped, saying why, without PostgreSQL or nginx ({@code cnf/tools/install-postgres.sh},
 * {@code install-balancer.sh}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleOutIT {

    /** System property with the PostgreSQL test database's URL (the module's pom sets it). */
    static final String POSTGRES_URL = "occi.registry.test.postgres.url";
    private static final String POSTGRES_USER = "occi";
    private static final String POSTGRES_PASSWORD = "occi";

    private static final String COMPUTE = "compute; scheme=\"http://schemas.ogf.org/occi/infrastructure#\"; class=\"kind\"";
    private static final String START = "start; scheme=\"http://schemas.ogf.org/occi/infrastructure/compute/action#\"; class=\"action\"";
    /** The CONFINE client's freshness (confine.occi.local's freshness.ms default): its caches may lag the controller this long. */
    private static final Duration CONFINE_FRESHNESS = Duration.ofMillis(1_000);
    /** How often the CONFINE backend reads the controller's templates (discovery.seconds default). */
    private static final Duration TEMPLATE_DISCOVERY = Duration.ofSeconds(5);
    /** What a shared 2-core CI machine may add to a bound: scheduling, a GC pause, a notification in flight. */
    private static final Duration SLACK = Duration.ofMillis(1_500);

    /** Static: with one instance for the class, JUnit fills in static temporary folders before {@code @BeforeAll}. */
    @TempDir
    static Path folder;

    /** Two containers start at once on a 2-core machine: twice the time of one, at most. */
    private static final Duration STARTING_TOGETHER = LaunchedContainer.DEADLINE.multipliedBy(2);

    private String schema;
    private LaunchedContainer containerOne;
    private LaunchedContainer containerTwo;
    private Balancer balancer;
    private OcciClient one;
    private OcciClient two;
    private OcciClient through;
    /** The three ways in, in the order writes take them in turn. */
    private List<OcciClient> ways;
    private String run;

    @BeforeAll
    void startCluster() throws Exception {
        assumeTrue(Files.isExecutable(Balancer.nginx()),
                "no nginx at " + Balancer.nginx() + " (run cnf/tools/install-balancer.sh): the scale-out test is skipped");
        assumeTrue(postgresReachable(),
                "no PostgreSQL test database at " + postgresUrl() + " (run cnf/tools/install-postgres.sh): the scale-out test is skipped");
        run = UUID.randomUUID().toString().substring(0, 8);
        schema = "scaleout_" + ProcessHandle.current().pid() + "_" + run;
        sql("CREATE SCHEMA " + schema);

        int portOne = LaunchedContainer.freePort();
        int portTwo = LaunchedContainer.freePort();
        while (portTwo == portOne) {
            portTwo = LaunchedContainer.freePort();
        }
        // one CONFINE controller for the cluster: container one's local one; container two runs none and maps that one
        String controller = "http://127.0.0.1:" + portOne + "/confine/api/";
        Path folderOne = configure(folder.resolve("one"), controller, true);
        Path folderTwo = configure(folder.resolve("two"), controller, false);
        containerOne = LaunchedContainer.start(folderOne, portOne, STARTING_TOGETHER);
        containerTwo = LaunchedContainer.start(folderTwo, portTwo, STARTING_TOGETHER);
        for (LaunchedContainer container : List.of(containerOne, containerTwo)) {
            container.awaitLine(LaunchedContainer.JDBC, 0);
            container.awaitOcci();
        }
        balancer = Balancer.start(folder.resolve("nginx"), containerOne.base(), containerTwo.base());
        // one user on every way in: through the balancer (which says so in X-Forwarded-For)
        // credentials are required, and a registry keeps each owner's entities apart
        String operator = "Basic " + java.util.Base64.getEncoder()
                .encodeToString((OPERATOR + ":" + OPERATOR_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        one = new OcciClient("container one", containerOne.base(), operator);
        two = new OcciClient("container two", containerTwo.base(), operator);
        through = new OcciClient("the balancer", balancer.base(), operator);
        ways = List.of(through, one, two);
    }

    static final String OPERATOR = "operator";
    static final String OPERATOR_PASSWORD = "scale out, not down";

    /** A container's folder with its configuration: the shared PostgreSQL registry and the shared CONFINE controller. */
    private Path configure(Path container, String controller, boolean runsController) throws IOException {
        Path conf = Files.createDirectories(container.resolve("conf"));
        Files.writeString(conf.resolve("occi.registry.jdbc.cfg"), String.join("\n",
                "url=" + postgresUrl() + "?currentSchema=" + schema,
                "user=" + POSTGRES_USER,
                ".password=" + POSTGRES_PASSWORD,
                "poolSize=5",
                "dataSourceFactory.target=(osgi.jdbc.driver.class=org.postgresql.Driver)", ""));
        Files.writeString(conf.resolve("occi.security.user-" + OPERATOR + ".cfg"), String.join("\n",
                "name=" + OPERATOR, "password=" + OPERATOR_PASSWORD, ""));
        Files.writeString(conf.resolve("confine.occi.local.cfg"), String.join("\n",
                "base.url=" + controller, "username=vct", ".password=vct", ""));
        if (!runsController) {
            Files.writeString(conf.resolve("confine.controller.cfg"), "enabled=false\n");
        }
        return container;
    }

    @AfterAll
    void stopCluster() throws Exception {
        try {
            if (balancer != null) {
                balancer.close();
            }
            for (LaunchedContainer container : new LaunchedContainer[] {containerOne, containerTwo}) {
                if (container != null) {
                    container.close();
                }
            }
        } finally {
            if (schema != null) {
                sql("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    // ---- every write seen everywhere at once ----

    @Test
    @Order(1)
    void everyWriteIsSeenByEveryContainerAtOnceWithTheSameETag() throws Exception {
        // a user mixin defined on one container is in every query interface and collects at once
        String mixin = "tag" + run;
        String mixinCategory = mixin + "; scheme=\"http://scaleout.test/" + run + "#\"; class=\"mixin\"; location=\"/" + mixin + "/\"";
        assertStatus(one.send("POST", "/-/", "Category", mixinCategory), 200, "defining a user mixin on container one");
        for (OcciClient way : ways) {
            assertThat(way.send("GET", "/-/", "Accept", "text/plain").body()).as("the query interface of %s", way)
                    .contains("scaleout.test/" + run + "#");
            assertStatus(way.send("GET", "/" + mixin + "/", "Accept", "text/uri-list"), 200, "the mixin's collection on " + way);
        }

        for (int round = 0; round < ways.size(); round++) {
            OcciClient creator = ways.get(round);
            OcciClient updater = ways.get((round + 1) % ways.size());
            OcciClient tagger = ways.get((round + 2) % ways.size());

            HttpResponse<String> created = creator.send("POST", "/compute/", "Category", COMPUTE,
                    "X-OCCI-Attribute", "occi.core.title=\"round-" + round + "\"");
            assertStatus(created, 201, "a create on " + creator);
            String path = URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();
            String etag = sameEverywhere(path, "occi.core.title=\"round-" + round + "\"");

            // an update through another way, conditional on the ETag every container showed
            HttpResponse<String> updated = updater.send("POST", path, "X-OCCI-Attribute", "occi.core.title=\"updated-" + round + "\"",
                    "If-Match", etag);
            assertStatus(updated, 200, "a conditional update on " + updater);
            String afterUpdate = sameEverywhere(path, "occi.core.title=\"updated-" + round + "\"");
            assertThat(afterUpdate).isNotEqualTo(etag);
            for (OcciClient way : ways) {
                assertStatus(way.send("POST", path, "X-OCCI-Attribute", "occi.core.title=\"stale\"", "If-Match", etag), 412,
                        "an update with the old ETag on " + way);
            }

            // tagging on a third way: the entity carries the mixin and is in its collection everywhere
            assertStatus(tagger.send("POST", "/" + mixin + "/", "X-OCCI-Location", tagger.url(path)),
                    200, "tagging on " + tagger);
            String afterTag = sameEverywhere(path, "scaleout.test/" + run + "#");
            assertThat(afterTag).isNotIn(etag, afterUpdate);
            for (OcciClient way : ways) {
                assertThat(paths(way, "/" + mixin + "/")).as("the mixin's collection on %s", way).contains(path);
            }

            // an action on the creator
            assertStatus(creator.send("POST", path + "?action=start", "Category", START), 200, "start on " + creator);
            sameEverywhere(path, "occi.compute.state=\"active\"");

            // deleted through the updater: gone everywhere, also from the mixin's collection
            assertStatus(updater.send("DELETE", path), 200, "a delete on " + updater);
            for (OcciClient way : ways) {
                assertStatus(way.get(path), 404, "the deleted entity on " + way);
                assertThat(paths(way, "/" + mixin + "/")).as("the mixin's collection on %s", way).doesNotContain(path);
            }
        }

        // the mixin removed on container two: gone from every query interface, its collection with it
        assertStatus(two.send("DELETE", "/-/", "Category", mixinCategory), 200, "removing the user mixin on container two");
        for (OcciClient way : ways) {
            assertThat(way.send("GET", "/-/", "Accept", "text/plain").body()).as("the query interface of %s", way)
                    .doesNotContain("scaleout.test/" + run + "#");
            // its location is a plain path again, which lists what is below it and takes no tagging
            assertThat(paths(way, "/" + mixin + "/")).as("below the removed mixin's location on %s", way).isEmpty();
            assertStatus(way.send("POST", "/" + mixin + "/", "X-OCCI-Location", way.url("/compute/none")), 405,
                    "tagging with the removed mixin on " + way);
        }
    }

    /** Reads the entity on every way in: the same representation (containing {@code expected}) and ETag everywhere; returns the ETag. */
    private String sameEverywhere(String path, String expected) throws IOException, InterruptedException {
        Set<String> etags = new HashSet<>();
        for (OcciClient way : ways) {
            HttpResponse<String> read = way.get(path);
            assertStatus(read, 200, "reading " + path + " on " + way);
            assertThat(read.body()).as("%s on %s", path, way).contains(expected);
            etags.add(read.headers().firstValue("ETag").orElseThrow());
        }
        assertThat(etags).as("the ETags of %s on every container", path).hasSize(1);
        return etags.iterator().next();
    }

    // ---- two updates racing through different containers ----

    @Test
    @Order(2)
    void ofTwoConditionalUpdatesRacingThroughDifferentContainersExactlyOneWins() throws Exception {
        HttpResponse<String> created = through.send("POST", "/compute/", "Category", COMPUTE, "X-OCCI-Attribute", "occi.core.title=\"raced\"");
        assertStatus(created, 201, "a create through the balancer");
        String path = URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();
        ExecutorService racers = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 25; round++) {
                String etag = one.get(path).headers().firstValue("ETag").orElseThrow();
                CountDownLatch go = new CountDownLatch(1);
                int r = round;
                Future<HttpResponse<String>> viaOne = racers.submit(() -> {
                    go.await();
                    return one.send("POST", path, "X-OCCI-Attribute", "occi.core.title=\"one-" + r + "\"", "If-Match", etag);
                });
                Future<HttpResponse<String>> viaTwo = racers.submit(() -> {
                    go.await();
                    return two.send("POST", path, "X-OCCI-Attribute", "occi.core.title=\"two-" + r + "\"", "If-Match", etag);
                });
                go.countDown();
                int statusOne = viaOne.get(60, TimeUnit.SECONDS).statusCode();
                int statusTwo = viaTwo.get(60, TimeUnit.SECONDS).statusCode();
                assertThat(List.of(statusOne, statusTwo)).as("round %d: container one, container two", round)
                        .containsExactlyInAnyOrder(200, 412);
                String winner = statusOne == 200 ? "one-" + round : "two-" + round;
                sameEverywhere(path, "occi.core.title=\"" + winner + "\"");
            }
        } finally {
            racers.shutdownNow();
        }
    }

    // ---- the in-container caches README.md lists ----

    @Test
    @Order(3)
    void collectionTotalsAndPageCursorsFollowWritesOnTheOtherContainer() throws Exception {
        String mixin = "page" + run;
        String mixinCategory = mixin + "; scheme=\"http://scaleout.test/pages-" + run + "#\"; class=\"mixin\"; location=\"/" + mixin + "/\"";
        assertStatus(two.send("POST", "/-/", "Category", mixinCategory), 200, "defining a user mixin on container two");
        List<String> tagged = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> created = ways.get(i % 3).send("POST", "/compute/", "Category", COMPUTE + ", " + mixinCategory.substring(
                    0, mixinCategory.indexOf("; location")), "X-OCCI-Attribute", "occi.core.title=\"page-" + i + "\"");
            assertStatus(created, 201, "a tagged create");
            tagged.add(URI.create(created.headers().firstValue("Location").orElseThrow()).getPath());
        }
        tagged.sort(null); // listings are in location order
        String collection = "/" + mixin + "/";

        // the collection's total (summed from counters in the database) is the same everywhere
        for (OcciClient way : ways) {
            assertThat(total(way, collection)).as("the total of %s on %s", collection, way).isEqualTo(6);
        }
        // container one walks the collection page by page: it remembers where each page ended
        assertThat(paths(one, collection + "?page=1&number=2")).containsExactlyElementsOf(tagged.subList(0, 2));
        assertThat(paths(one, collection + "?page=2&number=2")).containsExactlyElementsOf(tagged.subList(2, 4));

        // container two deletes the first: container one's totals and pages follow (its page cursors are forgotten on
        // the commit's notification, which arrives within milliseconds; the wait bounds a slow machine)
        assertStatus(two.send("DELETE", tagged.get(0)), 200, "a delete on container two");
        assertThat(total(one, collection)).as("the total on container one at once").isEqualTo(5);
        long deadline = System.nanoTime() + SLACK.toNanos();
        List<String> page;
        while (!(page = paths(one, collection + "?page=2&number=2")).equals(tagged.subList(3, 5)) && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
        assertThat(page).as("page 2 on container one after container two deleted the first member").containsExactlyElementsOf(
                tagged.subList(3, 5));
    }

    @Test
    @Order(4)
    void theConfineTestbedIsSharedAndItsCachesLagTheControllerByTheFreshnessAtMost() throws Exception {
        String slice = "/testbed/slice/7";
        assertStatus(two.get(slice), 200, "the sample slice on container two (cached there now)");
        String title = "renamed-" + run;
        assertStatus(one.send("POST", slice, "X-OCCI-Attribute", "occi.core.title=\"" + title + "\""), 200, "renaming the slice on container one");
        assertThat(one.get(slice).body()).as("on the container that wrote").contains("occi.core.title=\"" + title + "\"");
        long renamed = System.nanoTime();
        Duration bound = CONFINE_FRESHNESS.plus(SLACK);
        for (OcciClient way : List.of(two, through)) {
            Duration seenAfter = awaitContaining(way, slice, "occi.core.title=\"" + title + "\"", renamed, bound);
            System.out.printf("the renamed CONFINE slice showed on %s after %d ms%n", way, seenAfter.toMillis());
        }

        // the provider model (with the CONFINE os_tpl templates each container discovers) is the same everywhere
        long deadline = System.nanoTime() + TEMPLATE_DISCOVERY.plus(SLACK).toNanos();
        Set<String> categoriesOne;
        Set<String> categoriesTwo;
        do {
            categoriesOne = categories(one);
            categoriesTwo = categories(two);
        } while (!categoriesOne.equals(categoriesTwo) && System.nanoTime() < deadline);
        assertThat(categoriesTwo).as("the categories of container two, as container one's").isEqualTo(categoriesOne);
        assertThat(categoriesOne).anyMatch(c -> c.contains("confine/testbed#"));
    }

    private static Duration awaitContaining(OcciClient way, String path, String expected, long since, Duration bound)
            throws IOException, InterruptedException {
        while (true) {
            HttpResponse<String> read = way.get(path);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - since);
            if (read.statusCode() == 200 && read.body().contains(expected)) {
                return elapsed;
            }
            if (elapsed.compareTo(bound) > 0) {
                throw new AssertionError(path + " on " + way + " still did not contain " + expected + " after " + elapsed.toMillis()
                        + " ms (bound " + bound.toMillis() + " ms): " + read.statusCode() + " " + read.body());
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
    }

    private static Set<String> categories(OcciClient way) throws IOException, InterruptedException {
        HttpResponse<String> query = way.send("GET", "/-/", "Accept", "text/plain");
        assertStatus(query, 200, "the query interface of " + way);
        Set<String> categories = new HashSet<>();
        query.body().lines().filter(l -> l.startsWith("Category:")).map(l -> l.split(";")[0] + ";" + l.split(";")[1])
                .forEach(categories::add);
        return categories;
    }

    // ---- a container killed under load ----

    @Test
    @Order(5)
    void killingOneContainerUnderLoadKeepsTheBalancerServingAndLosesNoAcknowledgedCreate() throws Exception {
        int clients = 4;
        int beforeKill = 100;
        int afterKill = 100;
        Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger acknowledgedAfterKill = new AtomicInteger();
        CountDownLatch enoughBefore = new CountDownLatch(beforeKill);
        CountDownLatch enoughAfter = new CountDownLatch(afterKill);
        java.util.concurrent.atomic.AtomicBoolean killed = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        ExecutorService load = Executors.newFixedThreadPool(clients);
        List<Future<?>> loops = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            loops.add(load.submit(() -> {
                for (int i = 0; !stop.get(); i++) {
                    boolean afterTheKill = killed.get(); // sent after the kill began
                    try {
                        HttpResponse<String> created = through.send("POST", "/resource/",
                                "Category", "resource; scheme=\"http://schemas.ogf.org/occi/core#\"; class=\"kind\"",
                                "X-OCCI-Attribute", "occi.core.title=\"load-" + client + "-" + i + "\"");
                        if (created.statusCode() == 201) {
                            acknowledged.add(URI.create(created.headers().firstValue("Location").orElseThrow()).getPath());
                            enoughBefore.countDown();
                            if (afterTheKill) {
                                acknowledgedAfterKill.incrementAndGet();
                                enoughAfter.countDown();
                            }
                        } else {
                            failures.add(failure(killed.get(), created.statusCode() + " " + created.body().strip()));
                        }
                    } catch (IOException e) {
                        failures.add(failure(killed.get(), e.toString()));
                    }
                }
                return null;
            }));
        }
        try {
            assertThat(enoughBefore.await(60, TimeUnit.SECONDS)).as("%d creates through the balancer before the kill", beforeKill).isTrue();
            killed.set(true);
            containerTwo.kill();
            long killedAt = System.nanoTime();
            assertThat(enoughAfter.await(60, TimeUnit.SECONDS))
                    .as("the balancer keeps serving: %d creates after the kill (failures: %s)", afterKill, failures).isTrue();
            System.out.printf("killed container two after %d acknowledged creates; %d more within %d ms; failures: %s%n",
                    beforeKill, afterKill, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killedAt), failures);
        } finally {
            stop.set(true);
            load.shutdown();
            assertThat(load.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
        for (Future<?> loop : loops) {
            loop.get();
        }
        assertThat(failures).as("failures before the kill").noneMatch(f -> f.startsWith("before"));
        // only creates in flight on the killed container can fail: nginx does not resend a POST it has sent
        assertThat(failures).as("creates that failed at the kill (at most one in flight per client)").hasSizeLessThanOrEqualTo(clients);

        // every acknowledged create is stored: on the surviving container and through the balancer
        Set<String> stored = new HashSet<>(paths(one, "/resource/"));
        assertThat(stored).as("the resources on container one").containsAll(acknowledged);
        for (String path : List.copyOf(acknowledged).subList(0, 20)) {
            assertStatus(through.get(path), 200, "an acknowledged create read through the balancer");
        }
    }

    /** A failed create, labelled by whether the kill had begun when it failed (one in flight at the kill fails after it). */
    private static String failure(boolean killBegun, String what) {
        return (killBegun ? "after" : "before") + " the kill: " + what.replaceAll("\\s+", " ");
    }

    // ---- helpers ----

    /** The paths a collection lists (text/uri-list), in its order. */
    private static List<String> paths(OcciClient way, String collection) throws IOException, InterruptedException {
        HttpResponse<String> listing = way.send("GET", collection, "Accept", "text/uri-list");
        assertStatus(listing, 200, "listing " + collection + " on " + way);
        return listing.body().lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> URI.create(l.strip()).getPath()).toList();
    }

    private static final Pattern TOTAL = Pattern.compile("class=\"total\">(\\d+) entit");

    /** A collection's total as the HTML page shows it (the registry sums it from its counters). */
    private static long total(OcciClient way, String collection) throws IOException, InterruptedException {
        HttpResponse<String> page = way.send("GET", collection, "Accept", "text/html");
        assertStatus(page, 200, "the HTML page of " + collection + " on " + way);
        Matcher total = TOTAL.matcher(page.body());
        assertThat(total.find()).as("a total on the page of %s", collection).isTrue();
        return Long.parseLong(total.group(1));
    }

    private static void assertStatus(HttpResponse<String> response, int expected, String what) {
        assertThat(response.statusCode()).as("%s: %s %s", what, response.statusCode(), response.body()).isEqualTo(expected);
    }

    private static String postgresUrl() {
        return System.getProperty(POSTGRES_URL, "jdbc:postgresql://127.0.0.1:5432/occi_test");
    }

    private static boolean postgresReachable() {
        try (Connection connection = DriverManager.getConnection(postgresUrl() + "?connectTimeout=2", POSTGRES_USER, POSTGRES_PASSWORD)) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static void sql(String statement) throws SQLException {
        try (Connection connection = DriverManager.getConnection(postgresUrl(), POSTGRES_USER, POSTGRES_PASSWORD);
                Statement s = connection.createStatement()) {
            s.execute(statement);
        }
    }
}
