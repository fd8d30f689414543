package occi.admin.itest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import occi.api.CategoryId;
import occi.api.backend.Change;
import occi.api.backend.Registry;
import occi.api.backend.RequestContext;
import occi.api.Resource;
import occi.platform.testing.Endpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.annotation.Property;
import org.osgi.test.common.annotation.config.WithConfiguration;
import org.osgi.test.common.service.ServiceAware;

/**
 * State at a glance on the console's OCCI page: counts per kind and state, the filter and
 * paging, the charts' data, the progress of a collection action; and how long the page
 * takes with many entities in the default (JDBC, H2) registry.
 */
class GlancePageTest {

    private static final String COMPUTE = "http://schemas.ogf.org/occi/infrastructure#compute";
    private static final Pattern STATE_COUNT = Pattern.compile("<span class='occi-state-count' data-state='([^']*)' data-count='(\\d+)'>");
    private static final Pattern MINUTE = Pattern.compile("<g class='minute' data-minute='([^']+)'>(.*?)</g>", Pattern.DOTALL);
    private static final Pattern BAR = Pattern.compile("data-class='(\\dxx)' data-count='(\\d+)'");

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 30_000)
    ServiceAware<JaxrsServiceRuntime> runtime;

    private Console console;
    private final String tag = "glance-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void serverAnswers() throws Exception {
        console = new Console(Endpoint.of(runtime.getServiceReference()), context);
        Console.until("the OCCI query interface answers", () -> console.occi("GET", "-/", null, "text/plain").statusCode() == 200);
    }

    private String start(String location) throws Exception {
        var started = console.occi("POST", location.substring(1) + "?action=start", null, "text/plain");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        return location;
    }

    private static String query(Map<String, String> parameters) {
        List<String> pairs = new ArrayList<>();
        parameters.forEach((k, v) -> pairs.add(k + "=" + URLEncoder.encode(v, UTF_8)));
        return String.join("&", pairs);
    }

    @Test
    void offersNoButtonThatTheBackendWouldRefuse() throws Exception {
        // the testbed's fixed networks cannot be deleted, and a sliver keeps its sliver mixin
        String networks = console.loadPage("q=" + URLEncoder.encode("/testbed/network/", UTF_8));
        String privateRow = row(networks, "/testbed/network/private");
        assertThat(privateRow).doesNotContain("value='delete'").contains("fixed networks; it cannot be deleted");

        String slivers = console.loadPage("q=" + URLEncoder.encode("/testbed/sliver/", UTF_8));
        String sliverRow = row(slivers, "/testbed/sliver/42");
        assertThat(sliverRow).as("no untag button for the sliver mixin").doesNotContain("value='untag'")
                .contains("class='occi-kept-mixin'");
        assertThat(sliverRow).as("a sliver may be deleted").contains("value='delete'");

        String compute = console.createCompute(tag + " offered");
        String computeRow = row(console.loadPage("q=" + URLEncoder.encode(compute, UTF_8)), compute);
        assertThat(computeRow).as("a plain compute offers delete").contains("value='delete'");
    }

    /** The entities table's row of a location, as the page writes it. */
    private static String row(String html, String location) {
        Matcher row = Pattern.compile("<tr data-location='" + Pattern.quote(location) + "'>(.*?)</tr>", Pattern.DOTALL).matcher(html);
        assertThat(row.find()).as("a row for " + location).isTrue();
        return row.group(1);
    }

    @Test
    void filtersByTitleKindAndStateAndCountsPerState() throws Exception {
        String a = console.createCompute(tag + " a");
        String b = start(console.createCompute(tag + " b"));
        String c = console.createCompute(tag + " c");

        String html = console.loadPage(query(Map.of("q", tag)));
        List<List<String>> rows = Console.table(html, "occi-entities");
        assertThat(rows).extracting(r -> r.get(0)).containsExactlyInAnyOrder(a, b, c);
        assertThat(rows).filteredOn(r -> r.get(0).equals(b)).singleElement().satisfies(r -> {
            assertThat(r.subList(1, 4)).containsExactly(tag + " b", "compute", "active");
        });
        assertThat(rows).filteredOn(r -> r.get(0).equals(a)).singleElement().satisfies(r -> assertThat(r.get(3)).isEqualTo("inactive"));
        assertThat(html).contains("Resources and links (3 matching)");

        html = console.loadPage(query(Map.of("q", tag, "kind", COMPUTE, "state", "occi.compute.state=active")));
        assertThat(Console.table(html, "occi-entities")).extracting(r -> r.get(0)).containsExactly(b);

        // the counts cover every compute; the number per state agrees with a filter on that state (a count per state
        // that took long on a busy machine is shown for a few seconds before the next: wait for one made after the start)
        long[] active = {-1};
        String[] all = {""};
        Console.until("the counts per state agree with the filter on active computes", () -> {
            all[0] = console.loadPage("");
            active[0] = activeComputes(all[0]);
            String onlyActive = console.loadPage(query(Map.of("kind", COMPUTE, "state", "occi.compute.state=active")));
            return active[0] > 0 && onlyActive.contains("Resources and links (" + active[0] + " matching)");
        });
        assertThat(all[0]).contains("<svg xmlns='http://www.w3.org/2000/svg' id='occi-chart-states'")
                .contains("data-kind='compute' data-state='active' data-count='" + active[0] + "'");

        // a filter the page cannot apply is said in words, not a failure
        String unknown = console.loadPage(query(Map.of("kind", "http://nowhere.example/#thing")));
        assertThat(unknown).contains("id='occi-filter-problem'>no kind http://nowhere.example/#thing");
    }

    /** The number of active computes in the page's counts per kind and state, -1 when not there. */
    private static long activeComputes(String html) {
        int row = html.indexOf("<tr data-kind='" + COMPUTE + "'>");
        if (row < 0) {
            return -1;
        }
        Matcher states = STATE_COUNT.matcher(html.substring(row, html.indexOf("</tr>", row)));
        while (states.find()) {
            if (states.group(1).equals("active")) {
                return Long.parseLong(states.group(2));
            }
        }
        return -1;
    }

    @Test
    @WithConfiguration(pid = "occi.admin", properties = @Property(key = "listing.limit", value = "2", scalar = Property.Scalar.Integer))
    void pagesThroughTheEntities() throws Exception {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(console.createCompute(tag + " " + i));
        }
        Console.until("the page size of 2 applies", () -> console.loadPage("q=" + tag).contains("(2 a page"));
        List<String> seen = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            String html = console.loadPage(query(Map.of("q", tag, "page", String.valueOf(page))));
            List<List<String>> rows = Console.table(html, "occi-entities");
            assertThat(rows).hasSize(page < 3 ? 2 : 1);
            rows.forEach(r -> seen.add(r.get(0)));
            assertThat(html).contains("page " + page + " of 3");
            assertThat(html.contains(">next</a>")).isEqualTo(page < 3);
        }
        assertThat(seen).containsExactlyElementsOf(created.stream().sorted().toList());
    }

    @Test
    void aRequestShowsInTheChartOfItsStatusClass() throws Exception {
        long before = answersOf("4xx", console.loadPage("q=/nothing/"));
        for (int i = 0; i < 3; i++) {
            assertThat(console.occi("GET", "compute/" + tag, null, "text/plain").statusCode()).isEqualTo(404);
        }
        String html = console.loadPage("q=/nothing/");
        assertThat(answersOf("4xx", html)).isGreaterThanOrEqualTo(before + 3);
        assertThat(html).contains("<title id='occi-chart-requests-title'>Requests per minute by status class, last 15 minutes (UTC)")
                .containsPattern("<desc id='occi-chart-requests-desc'>Answers in the last 15 minutes: \\d+ 2xx, \\d+ 3xx, \\d+ 4xx");
    }

    /** 4xx answers over every minute of the chart. */
    private static long answersOf(String statusClass, String html) {
        String svg = html.substring(html.indexOf("id='occi-chart-requests'"), html.indexOf("</svg>", html.indexOf("id='occi-chart-requests'")));
        long sum = 0;
        Matcher minute = MINUTE.matcher(svg);
        while (minute.find()) {
            Matcher bar = BAR.matcher(minute.group(2));
            while (bar.find()) {
                if (bar.group(1).equals(statusClass)) {
                    sum += Long.parseLong(bar.group(2));
                }
            }
        }
        return sum;
    }

    @Test
    void aCollectionActionShowsItsProgressAndOutcome() throws Exception {
        String scheme = "http://admin.itest.example/" + tag + "#";
        String mixinPath = "/" + tag + "/";
        assertThat(console.occi("POST", "-/", "Category: batch; scheme=\"" + scheme + "\"; class=\"mixin\"; location=\"" + mixinPath
                + "\"\n", "text/plain").statusCode()).isIn(200, 201);
        StringBuilder locations = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            locations.append("X-OCCI-Location: ").append(console.base.resolve(console.createCompute(tag + " " + i))).append('\n');
        }
        assertThat(console.occi("POST", mixinPath.substring(1), locations.toString(), "text/plain").statusCode()).isEqualTo(200);

        var started = console.occi("POST", mixinPath.substring(1) + "?action=start", null, "text/plain");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);

        String html = console.loadPage("q=/nothing/");
        assertThat(Console.table(html, "occi-operations")).anySatisfy(row -> {
            assertThat(row.get(0)).isEqualTo("start on " + mixinPath + " (3 members)");
            assertThat(row.get(2)).endsWith("3 of 3 (100%)");
            assertThat(row.get(4)).startsWith("done in ");
        });
        assertThat(html).contains("<progress max='3' value='3'>");
        assertThat(console.occi("DELETE", "-/", "Category: batch; scheme=\"" + scheme + "\"; class=\"mixin\"\n", "text/plain")
                .statusCode()).isEqualTo(200);
    }

    /**
     * Many computes put straight into the registry in use (as the anonymous owner the page
     * reads as), then the page: its counts and a deep page must not walk them all. The number
     * is the framework property glance.entities (2 000 unless set); the time is printed.
     */
    @Test
    void staysFastWithManyEntities(@InjectService(timeout = 30_000) Registry registry) throws Exception {
        int count = Integer.parseInt(String.valueOf(context.getProperty("glance.entities") == null ? "2000"
                : context.getProperty("glance.entities")));
        RequestContext anonymous = RequestContext.anonymous(console.base);
        CategoryId compute = CategoryId.parse(COMPUTE);
        console.loadPage("");  // warm
        long baseStart = System.nanoTime();
        console.loadPage("");
        long baseMillis = (System.nanoTime() - baseStart) / 1_000_000;
        List<String> locations = new ArrayList<>();
        long putStart = System.nanoTime();
        for (int i = 0; i < count; i += 1_000) {
            List<Change> batch = new ArrayList<>();
            for (int k = i; k < Math.min(count, i + 1_000); k++) {
                String location = String.format("/compute/zz-%s-%07d", tag, k);
                locations.add(location);
                batch.add(Change.create(new Resource(UUID.randomUUID().toString(), location, compute, List.of(),
                        Map.of("occi.compute.state", k % 2 == 0 ? "active" : "inactive"), "bench " + k, null, 0)));
            }
            registry.commit(batch, anonymous);
        }
        long putMillis = (System.nanoTime() - putStart) / 1_000_000;
        try {
            console.loadPage("");  // warm
            long start = System.nanoTime();
            String html = console.loadPage("page=" + Math.max(1, count / 50));
            long millis = (System.nanoTime() - start) / 1_000_000;
            long filteredStart = System.nanoTime();
            String filtered = console.loadPage(query(Map.of("kind", COMPUTE, "state", "occi.compute.state=inactive", "q", "/compute/zz-")));
            long filteredMillis = (System.nanoTime() - filteredStart) / 1_000_000;
            System.out.printf("GlancePageTest: the console page in %d ms before; %d computes put in %d ms; the console page "
                    + "(counts, charts, page %d) in %d ms, filtered by kind, state and location in %d ms%n", baseMillis, count, putMillis,
                    Math.max(1, count / 50), millis, filteredMillis);
            assertThat(filtered).contains("Resources and links (" + (count / 2) + " matching)");
            assertThat(Console.table(html, "occi-entities")).isNotEmpty();
            assertThat(millis).as("the page with %d more entities, in ms", count).isLessThan(10_000);
        } finally {
            for (int i = 0; i < locations.size(); i += 1_000) {
                registry.commit(locations.subList(i, Math.min(locations.size(), i + 1_000)).stream()
                        .map(l -> Change.remove(l, Change.ANY_VERSION)).toList(), anonymous);
            }
        }
    }
}
