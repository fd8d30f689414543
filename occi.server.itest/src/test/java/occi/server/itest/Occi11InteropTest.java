package occi.server.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.service.ServiceAware;

/**
 * OCCI 1.1 style requests over real HTTP against the running container with its text
 * renderings: create at the service root with a class-less Category, other line ends,
 * several attributes in one header; and what strict clients read: GFD.229 Category keys
 * only, every kind located, OCCI/1.1 in {@code Server}.
 */
class Occi11InteropTest {

    private static final String SCHEME = "http://example.org/itest/interop#";
    private static final Pattern PARAM = Pattern.compile(";\\s*([a-z]+)=(\"(?:[^\"\\\\]|\\\\.)*\"|[a-z]+)");
    /** GFD.229: attribute-name with optional {immutable required} properties. */
    private static final String ATTRIBUTE_DEF = "[a-z][a-z0-9_-]*(\\.[a-z][a-z0-9_-]*)*(\\{(immutable|required)( +(immutable|required))*\\})?";
    private static final String TYPE_ID = "[a-z][a-z0-9+.-]*:[^\\s\"#]*#[a-z0-9][a-z0-9_-]*";
    private static final List<String> ABNF_KEYS = List.of("scheme", "class", "title", "rel", "location", "attributes", "actions");

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 30_000)
    ServiceAware<JaxrsServiceRuntime> runtime;

    private ServerFixture server;
    private OcciClient occi;
    private final Samples.MachineBackend backend = new Samples.MachineBackend(SCHEME, "box");

    @BeforeEach
    void start() throws Exception {
        server = new ServerFixture(context, runtime);
        occi = server.client;
        server.register(backend);
        Await.until("the box kind is served", () -> occi.get("/box/").statusCode() == 200);
    }

    @AfterEach
    void stop() throws Exception {
        occi.send("DELETE", "/box/", null);
        occi.sendPlain("DELETE", "/-/", "Category: shelf; scheme=\"" + SCHEME + "\"; class=\"mixin\"\n");
        server.close();
    }

    /** The keys of a Category value; fails on anything the ABNF does not allow. */
    private static List<String> keys(String value) {
        List<String> keys = new ArrayList<>();
        Matcher m = PARAM.matcher(value);
        int end = value.indexOf(';');
        assertThat(value.substring(0, end)).as(value).matches("[a-z0-9][a-z0-9_-]*");
        while (m.find(end) && m.start() == end) {
            keys.add(m.group(1));
            end = m.end();
        }
        assertThat(end).as("unparsed rest of %s", value).isEqualTo(value.length());
        assertThat(ABNF_KEYS).as(value).containsSubsequence(keys);
        return keys;
    }

    /** Each Warning, whether on lines of its own or comma-joined (as the JAX-RS runtime sends several). */
    private static List<String> warnings(HttpResponse<String> answer) {
        List<String> warnings = new ArrayList<>();
        answer.headers().allValues("Warning").forEach(h -> warnings.addAll(splitList(h)));
        return warnings;
    }

    @Test
    void theQueryInterfaceHasOnlyAbnfKeysEveryKindALocationAndAMixinsRelIsItsFirstDepends() throws Exception {
        HttpResponse<String> defined = occi.sendPlain("POST", "/-/", "Category: shelf; scheme=\"" + SCHEME + "\"; class=\"mixin\";"
                + " location=\"/shelf/\"; depends=\"" + SCHEME + "box_tpl\"; applies=\"" + SCHEME + "box\"\n");
        assertThat(defined.statusCode()).as(defined.body()).isEqualTo(200);

        List<String> plain = occi.get("/-/").body().lines().filter(l -> l.startsWith("Category: ")).map(l -> l.substring(10)).toList();
        List<String> headers = new ArrayList<>();
        occi.get("/-/", "Accept", "text/occi").headers().allValues("Category").forEach(h -> headers.addAll(splitList(h)));

        assertThat(headers).containsExactlyElementsOf(plain);
        for (String category : plain) {
            List<String> keys = keys(category);
            if (category.contains("class=\"kind\"")) {
                assertThat(keys).as(category).contains("location");
            }
            Matcher attributes = Pattern.compile("; attributes=\"([^\"]*)\"").matcher(category);
            if (attributes.find()) {
                assertThat(attributes.group(1)).as(category).matches(ATTRIBUTE_DEF + "( +" + ATTRIBUTE_DEF + ")*");
            }
            Matcher actions = Pattern.compile("; actions=\"([^\"]*)\"").matcher(category);
            if (actions.find()) {
                assertThat(actions.group(1)).as(category).matches(TYPE_ID + "( +" + TYPE_ID + ")*");
            }
            Matcher rel = Pattern.compile("; rel=\"([^\"]*)\"").matcher(category);
            if (rel.find()) {
                assertThat(rel.group(1)).as("one type identifier in %s", category).matches(TYPE_ID);
            }
        }
        assertThat(plain).anySatisfy(c -> assertThat(c).startsWith("entity;").contains("location=\"/entity/\""));
        assertThat(plain).filteredOn(c -> c.startsWith("shelf;")).singleElement().asString()
                .contains("rel=\"" + SCHEME + "box_tpl\"").doesNotContain("applies", "depends", SCHEME + "box\"");
        // each category after the one its rel names: clients build their model line by line
        assertThat(plain.indexOf(plain.stream().filter(c -> c.startsWith("box_tpl;")).findFirst().orElseThrow()))
                .isLessThan(plain.indexOf(plain.stream().filter(c -> c.startsWith("shelf;")).findFirst().orElseThrow()));
    }

    /** RFC 7230 list items: commas inside quotes do not split. */
    private static List<String> splitList(String header) {
        List<String> items = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (quoted && c == '\\') {
                item.append(c).append(header.charAt(++i));
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                items.add(item.toString().trim());
                item.setLength(0);
            } else {
                item.append(c);
            }
        }
        items.add(item.toString().trim());
        return items;
    }

    @Test
    void aClasslessCategoryPostedToTheRootCreatesInTheKindsCollectionAndTheReplySaysSo() throws Exception {
        String body = "Category: box; scheme=\"" + SCHEME + "\"\n\r"
                + "X-OCCI-Attribute: occi.core.title=\"say \\\"hi, there\\\"\", itest.size=3\n\r";

        HttpResponse<String> created = occi.sendPlain("POST", "/", body, "User-Agent", "old-client/0.1 OCCI/1.1");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(occi.base() + "box/");
        assertThat(warnings(created)).containsExactly(
                "299 - \"Category " + SCHEME + "box has no class; taken as kind, as the model defines it\"",
                "299 - \"POST on the service root: served as a POST to /box/, the collection of kind " + SCHEME + "box\"");
        assertThat(created.headers().firstValue("Server")).get().asString().contains("OCCI/1.2").endsWith(" OCCI/1.1");
        String rendered = occi.get(location).body();
        assertThat(rendered).contains("X-OCCI-Attribute: occi.core.title=\"say \\\"hi, there\\\"\"", "X-OCCI-Attribute: itest.size=3");
        assertThat(OcciClient.locations(occi.get("/entity/"))).contains(location);
        assertThat(OcciClient.locations(occi.get("/box/"))).containsExactly(location);
    }

    @Test
    void aTextOcciCreateAtTheRootWithCommaJoinedAttributesAndAClasslessMixin() throws Exception {
        HttpResponse<String> created = occi.send("POST", "/", null, "Content-Type", "text/occi",
                "Category", "box; scheme=\"" + SCHEME + "\", box_tpl; scheme=\"" + SCHEME + "\"",
                "X-OCCI-Attribute", "occi.core.title=\"a, b\", occi.core.summary=\"\\\"quoted\\\"\", itest.size=2");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(warnings(created)).contains("299 - \"Category " + SCHEME + "box_tpl has no class; taken as mixin, as the model defines it\"");
        HttpResponse<String> read = occi.get(location, "Accept", "text/occi");
        assertThat(read.headers().allValues("Category")).anySatisfy(c -> assertThat(c).contains("box_tpl;"));
        assertThat(String.join(", ", read.headers().allValues("X-OCCI-Attribute")))
                .contains("occi.core.title=\"a, b\"", "occi.core.summary=\"\\\"quoted\\\"\"", "itest.size=2");
    }

    @Test
    void crlfLfAndLoneCrBodiesAllCreate() throws Exception {
        for (String end : List.of("\r\n", "\n", "\r")) {
            HttpResponse<String> created = occi.sendPlain("POST", "/box/", "Category: box; scheme=\"" + SCHEME + "\"; class=\"kind\"" + end
                    + "X-OCCI-Attribute: itest.size=5" + end);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            assertThat(warnings(created)).isEmpty();
        }
        assertThat(OcciClient.locations(occi.get("/box/"))).hasSize(3);
    }

    @Test
    void coreEntityIsListedButNotCreatedOrDeletedAtItsLocation() throws Exception {
        String box = occi.create("/box/", "Category: box; scheme=\"" + SCHEME + "\"; class=\"kind\"\n");

        assertThat(OcciClient.locations(occi.get("/entity/"))).contains(box);
        assertThat(occi.get("/entity/", "Accept", "text/uri-list").body().lines()).contains(box);
        assertThat(occi.send("DELETE", "/entity/", null).statusCode()).isEqualTo(405);
        assertThat(occi.sendPlain("POST", "/entity/", "Category: entity; scheme=\"http://schemas.ogf.org/occi/core#\"; class=\"kind\"\n")
                .statusCode()).isEqualTo(405);
        assertThat(occi.get(box).statusCode()).isEqualTo(200);
    }
}
