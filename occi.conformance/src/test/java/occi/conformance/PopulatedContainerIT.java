package occi.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A populated default container read through this module's own readers: the simulated
 * infrastructure (compute, storage, network, storage link, network interface, with IP mixins,
 * provider os and resource templates, a user os template and a user mixin tag), the seeded CONFINE
 * testbed below {@code /testbed/} (nodes, slices, slivers with their interface, placement and
 * membership links, groups, islands, networks). Every collection (every kind and mixin location
 * and the root) in text/plain, text/occi, text/uri-list and JSON lists the same members; every
 * entity and link in text/plain and text/occi matches GFD.229 and agrees with its GFD.226 JSON.
 */
@ExtendWith(ExportedContainer.class)
@Order(2)
class PopulatedContainerIT {

    static final String INFRA = "http://schemas.ogf.org/occi/infrastructure#";
    static final String TAG_SCHEME = "http://example.org/occi/conformance#";
    static final String USER_OS_SCHEME = "http://example.org/occi/conformance/os_tpl#";

    @BeforeAll
    static void populate(Occi occi) {
        ok(occi.send("POST", "/-/", "Category: populated-tag; scheme=\"" + TAG_SCHEME + "\"; class=\"mixin\"; title=\"Tagged by the conformance test\"; "
                + "location=\"/populated-tag/\"\n", "Content-Type", "text/plain"), "define a user mixin");
        ok(occi.send("POST", "/-/", "Category: populated-os; scheme=\"" + USER_OS_SCHEME + "\"; class=\"mixin\"; title=\"A user's OS template\"; "
                + "rel=\"" + INFRA + "os_tpl\"; location=\"/populated-os/\"\n", "Content-Type", "text/plain"), "define a user os template");
        String network = create(occi, "/network/", kind("network") + "Category: ipnetwork; scheme=\"http://schemas.ogf.org/occi/infrastructure/network#\"; class=\"mixin\"\n"
                + "X-OCCI-Attribute: occi.core.title=\"populated network\"\nX-OCCI-Attribute: occi.network.address=\"10.1.0.0/24\"\n"
                + "X-OCCI-Attribute: occi.network.allocation=\"dynamic\"\n");
        String storage = create(occi, "/storage/", kind("storage") + "X-OCCI-Attribute: occi.core.title=\"populated storage\"\n"
                + "X-OCCI-Attribute: occi.storage.size=2.5\n");
        String compute = create(occi, "/compute/", kind("compute")
                + "Category: debian; scheme=\"http://occi.platform/infrastructure/simulator/os_tpl#\"; class=\"mixin\"\n"
                + "Category: small; scheme=\"http://occi.platform/infrastructure/simulator/resource_tpl#\"; class=\"mixin\"\n"
                + "X-OCCI-Attribute: occi.core.title=\"populated compute, \\\"templated\\\"\"\nX-OCCI-Attribute: occi.compute.hostname=\"pc1\"\n");
        String userTemplated = create(occi, "/compute/", kind("compute")
                + "Category: populated-os; scheme=\"" + USER_OS_SCHEME + "\"; class=\"mixin\"\n"
                + "X-OCCI-Attribute: occi.core.title=\"populated compute 2\"\nX-OCCI-Attribute: occi.compute.cores=4\n");
        create(occi, "/storagelink/", kind("storagelink") + "X-OCCI-Attribute: occi.core.source=\"" + path(compute) + "\"\n"
                + "X-OCCI-Attribute: occi.core.target=\"" + path(storage) + "\"\nX-OCCI-Attribute: occi.storagelink.deviceid=\"vdb\"\n");
        create(occi, "/networkinterface/", kind("networkinterface")
                + "Category: ipnetworkinterface; scheme=\"http://schemas.ogf.org/occi/infrastructure/networkinterface#\"; class=\"mixin\"\n"
                + "X-OCCI-Attribute: occi.core.source=\"" + path(compute) + "\"\nX-OCCI-Attribute: occi.core.target=\"" + path(network) + "\"\n"
                + "X-OCCI-Attribute: occi.networkinterface.address=\"10.1.0.5\"\nX-OCCI-Attribute: occi.networkinterface.allocation=\"static\"\n");
        ok(occi.send("POST", "/populated-tag/", "X-OCCI-Location: " + userTemplated + "\n", "Content-Type", "text/plain"), "tag");
        HttpResponse<String> started = occi.send("POST", path(compute) + "?action=start",
                "Category: start; scheme=\"http://schemas.ogf.org/occi/infrastructure/compute/action#\"; class=\"action\"\n",
                "Content-Type", "text/plain", "Accept", "text/plain");
        ok(started, "start");
        // GFD.223: an action on an entity answers with the entity's rendering
        assertThat(TextRendering.plain(started.body()).assertEntityOrder(compute).attribute("occi.compute.state")).isEqualTo("active");
    }

    @Test
    void everyCollectionListsTheSameMembersInEveryRenderingAndEveryEntityIsConformant(Occi occi) throws IOException {
        Findings findings = new Findings();
        JsonNode model = Gfd226.JSON.readTree(occi.get("/-/", "application/occi+json").body());
        Set<String> locations = new TreeSet<>(List.of("/"));
        for (String array : List.of("kinds", "mixins")) {
            for (JsonNode category : model.path(array)) {
                String location = category.path("location").asText("");
                if (!location.isEmpty()) {
                    locations.add(location);
                }
            }
        }
        assertThat(locations).as("the populated container's collections").contains("/compute/", "/testbed/sliver/", "/populated-tag/",
                "/populated-os/", "/os_tpl/debian/", "/testbed/template/1/");
        Set<String> entities = new TreeSet<>();
        for (String location : locations) {
            entities.addAll(collection(occi, location, findings));
        }
        assertThat(entities).as("entities of the populated container").hasSizeGreaterThan(20)
                .anyMatch(e -> e.contains("/testbed/sliver/")).anyMatch(e -> e.contains("/storagelink/"));
        for (String entity : entities) {
            entity(occi, entity, findings);
        }
        findings.assertNone("the populated container's collections and entities");
    }

    @Test
    void aJsonCreateMayLeaveOutIdAndAttributes(Occi occi) {
        // GFD.226's schema describes rendered documents (id and attributes required); on input the server assigns the id
        HttpResponse<String> created = occi.send("POST", "/network/", "{\"kind\": \"" + INFRA + "network\", \"title\": \"json, no id\"}",
                "Content-Type", "application/occi+json", "Accept", "application/occi+json");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        JsonNode read = Gfd226.valid(occi.get(path(location), "application/occi+json").body(), "resource", "GET " + location);
        assertThat(read.path("id").asText()).isNotEmpty();
        assertThat(read.path("title").asText()).isEqualTo("json, no id");
    }

    @Test
    void anEntityAskedForAsAUriListIsABadRequest(Occi occi) {
        // GFD.229, "URI Listing Rendering": text/uri-list asked for anything but a listing is a Bad Request
        String compute = TextRendering.uriList(occi.get("/compute/", "text/uri-list").body()).get(0).getRawPath();
        assertThat(occi.get(compute, "text/uri-list").statusCode()).isEqualTo(400);
        assertThat(occi.get("/-/", "text/uri-list").statusCode()).as("the query interface renders categories, not a listing").isEqualTo(400);
    }

    /** One collection in four renderings: the same members, no member twice; returns their paths. */
    private static Set<String> collection(Occi occi, String location, Findings findings) {
        String where = "GET " + location;
        HttpResponse<String> uriList = occi.get(location, "text/uri-list");
        findings.expect(uriList.statusCode() == 200, where, "text/uri-list answered " + uriList.statusCode());
        List<String> fromUriList = new ArrayList<>();
        findings.check(where + " text/uri-list", () -> TextRendering.uriList(uriList.body()).forEach(u -> fromUriList.add(u.getRawPath())));
        List<String> fromPlain = new ArrayList<>();
        findings.check(where + " text/plain", () -> TextRendering.plain(occi.get(location, "text/plain").body())
                .assertOnlyLocations(location).locations().forEach(u -> fromPlain.add(u.getRawPath())));
        HttpResponse<String> headers = occi.get(location, "text/occi");
        List<String> fromHeaders = new ArrayList<>();
        findings.check(where + " text/occi", () -> TextRendering.headers(headers.headers()).assertOnlyLocations(location)
                .locations().forEach(u -> fromHeaders.add(u.getRawPath())));
        findings.expect(headers.body().strip().equals("OK"), where + " text/occi", "the body is OK, found " + headers.body());
        List<String> fromJson = new ArrayList<>();
        findings.check(where + " JSON", () -> {
            JsonNode json = Gfd226.valid(occi.get(location, "application/occi+json").body(), "entity_collection", where + " JSON");
            for (String array : List.of("resources", "links")) {
                json.path(array).forEach(e -> fromJson.add(null));
            }
        });
        findings.expect(new LinkedHashSet<>(fromUriList).size() == fromUriList.size(), where, "text/uri-list lists a member twice: " + fromUriList);
        findings.expect(new LinkedHashSet<>(fromPlain).size() == fromPlain.size(), where, "text/plain lists a member twice: " + fromPlain);
        findings.expect(new TreeSet<>(fromPlain).equals(new TreeSet<>(fromUriList)), where, "text/plain and text/uri-list differ: "
                + QueryInterfaceIT.difference(new TreeSet<>(fromPlain), new TreeSet<>(fromUriList)));
        findings.expect(new TreeSet<>(fromHeaders).equals(new TreeSet<>(fromUriList)), where, "text/occi and text/uri-list differ: "
                + QueryInterfaceIT.difference(new TreeSet<>(fromHeaders), new TreeSet<>(fromUriList)));
        findings.expect(fromJson.size() == new TreeSet<>(fromUriList).size(), where, "JSON has " + fromJson.size()
                + " members, text/uri-list " + new TreeSet<>(fromUriList).size());
        return new TreeSet<>(fromUriList);
    }

    /** One entity: text/plain and text/occi read strictly, equal to each other and to its JSON. */
    private static void entity(Occi occi, String path, Findings findings) {
        String where = "GET " + path;
        HttpResponse<String> json = occi.get(path, "application/occi+json");
        if (json.statusCode() != 200) {
            findings.expect(false, where, "JSON answered " + json.statusCode() + ": " + json.body());
            return;
        }
        boolean isLink;
        JsonNode document;
        try {
            isLink = Gfd226.JSON.readTree(json.body()).has("source");
            document = Gfd226.valid(json.body(), isLink ? "link" : "resource", where + " JSON");
        } catch (IOException | AssertionError e) {
            findings.expect(false, where, e.getMessage());
            return;
        }
        TextRendering[] plain = new TextRendering[1];
        findings.check(where + " text/plain", () -> plain[0] = TextRendering.plain(occi.get(path, "text/plain").body()).assertEntityOrder(path));
        TextRendering[] headers = new TextRendering[1];
        findings.check(where + " text/occi", () -> {
            HttpResponse<String> answer = occi.get(path, "text/occi");
            if (!answer.body().strip().equals("OK")) {
                throw new AssertionError("the body of a text/occi answer is OK, found " + answer.body());
            }
            headers[0] = TextRendering.headers(answer.headers());
        });
        for (TextRendering text : new TextRendering[] {plain[0], headers[0]}) {
            if (text != null) {
                findings.check(where, () -> agree(text, document, isLink, path));
            }
        }
        if (plain[0] != null && headers[0] != null) {
            findings.expect(facts(plain[0]).equals(facts(headers[0])), where, "text/occi and text/plain render different facts:\n  "
                    + facts(headers[0]) + "\n  " + facts(plain[0]));
        }
    }

    /** What a text rendering says, without its lines, for comparing text/plain and text/occi. */
    private static List<Object> facts(TextRendering text) {
        Map<String, Object> attributes = new TreeMap<>();
        text.attributes().forEach(a -> attributes.put(a.name(), a.value() instanceof BigDecimal n ? n.stripTrailingZeros() : a.value()));
        return List.of(text.categories().stream().map(c -> QueryInterfaceIT.withoutLine(c).toString()).sorted().toList(),
                text.links().stream().map(l -> l.target() + " " + l.rel() + " " + l.self() + " " + l.category() + " " + l.attributes()).sorted().toList(),
                attributes);
    }

    /** The facts GFD.229 text and GFD.226 JSON both carry must be the same. */
    private static void agree(TextRendering text, JsonNode json, boolean isLink, String path) {
        List<String> problems = new ArrayList<>();
        List<Gfd229.Category> kinds = text.categories().stream().filter(c -> c.categoryClass().equals("kind")).toList();
        if (kinds.size() != 1 || !kinds.get(0).type().equals(json.path("kind").asText())) {
            problems.add("one kind Category, " + json.path("kind").asText() + ", expected; found " + kinds.stream().map(Gfd229.Category::type).toList());
        }
        if (text.categories().stream().anyMatch(c -> c.categoryClass().equals("action"))) {
            problems.add("an entity rendering names no action Category (actions are ActionLinks)");
        }
        Set<String> mixins = new TreeSet<>();
        text.categories().stream().filter(c -> c.categoryClass().equals("mixin")).forEach(c -> mixins.add(c.type()));
        Set<String> jsonMixins = new TreeSet<>();
        json.path("mixins").forEach(m -> jsonMixins.add(m.asText()));
        if (!mixins.equals(jsonMixins)) {
            problems.add("mixins " + mixins + " in text, " + jsonMixins + " in JSON");
        }
        Set<String> actions = new TreeSet<>();
        List<Gfd229.Link> links = new ArrayList<>();
        for (Gfd229.Link link : text.links()) {
            if (link.isAction()) {
                actions.add(link.rel().get(0));
                if (!URI.create(link.target()).getRawPath().equals(path)) {
                    problems.add("an ActionLink of " + path + " points at " + link.target());
                }
            } else {
                links.add(link);
            }
        }
        Set<String> jsonActions = new TreeSet<>();
        json.path("actions").forEach(a -> jsonActions.add(a.asText()));
        if (!actions.equals(jsonActions)) {
            problems.add("ActionLinks " + actions + " in text, actions " + jsonActions + " in JSON");
        }
        if (isLink && !links.isEmpty()) {
            problems.add("a link instance rendering has only ActionLinks, found " + links.get(0).line());
        }
        if (!isLink) {
            Set<String> textLinks = new TreeSet<>();
            links.forEach(l -> textLinks.add(URI.create(l.target()).getRawPath() + " " + l.category()));
            Set<String> jsonLinks = new TreeSet<>();
            json.path("links").forEach(l -> {
                List<String> types = new ArrayList<>(List.of(l.path("kind").asText()));
                l.path("mixins").forEach(m -> types.add(m.asText()));
                jsonLinks.add(URI.create(l.path("target").path("location").asText()).getRawPath() + " " + types);
            });
            if (!textLinks.equals(jsonLinks)) {
                problems.add("links (target and category) " + textLinks + " in text, " + jsonLinks + " in JSON");
            }
        }
        Map<String, JsonNode> expected = new TreeMap<>();
        json.path("attributes").fields().forEachRemaining(e -> expected.put(e.getKey(), e.getValue()));
        putText(expected, "occi.core.id", json.path("id"));
        putText(expected, "occi.core.title", json.path("title"));
        putText(expected, "occi.core.summary", json.path("summary"));
        if (isLink) {
            putText(expected, "occi.core.source", json.path("source").path("location"));
            putText(expected, "occi.core.target", json.path("target").path("location"));
        }
        Set<String> seen = new TreeSet<>();
        for (Gfd229.Attribute attribute : text.attributes()) {
            if (!seen.add(attribute.name())) {
                problems.add("attribute " + attribute.name() + " twice: " + attribute.line());
            }
            JsonNode value = expected.get(attribute.name());
            if (value == null) {
                problems.add("attribute " + attribute.name() + " is in text, not in JSON: " + attribute.line());
            } else if (!sameValue(attribute.value(), value)) {
                problems.add("attribute " + attribute.name() + " is " + attribute.value() + " in text, " + value + " in JSON");
            }
        }
        for (Map.Entry<String, JsonNode> e : expected.entrySet()) {
            // a structured (object or array) JSON value may be left out of text, where it would be a quoted JSON document
            if (!seen.contains(e.getKey()) && !e.getValue().isContainerNode()) {
                problems.add("attribute " + e.getKey() + " = " + e.getValue() + " is in JSON, not in text");
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(String.join("; ", problems));
        }
    }

    private static void putText(Map<String, JsonNode> map, String name, JsonNode value) {
        if (!value.isMissingNode() && !value.isNull()) {
            map.put(name, value);
        }
    }

    private static boolean sameValue(Object text, JsonNode json) {
        if (text instanceof BigDecimal number) {
            return json.isNumber() && number.compareTo(json.decimalValue()) == 0;
        }
        if (text instanceof Boolean bool) {
            return json.isBoolean() && json.booleanValue() == bool;
        }
        if (json.isTextual()) {
            // a location may be absolute in one rendering and a path in the other
            return json.asText().equals(text) || json.asText().startsWith("/") && text.toString().endsWith(json.asText())
                    && text.toString().startsWith("http");
        }
        if (json.isContainerNode()) {
            try {
                return Gfd226.JSON.readTree(text.toString()).equals(json);
            } catch (IOException e) {
                return false;
            }
        }
        return false;
    }

    static String kind(String term) {
        return "Category: " + term + "; scheme=\"" + INFRA + "\"; class=\"kind\"\n";
    }

    static String create(Occi occi, String location, String body) {
        HttpResponse<String> answer = occi.send("POST", location, body, "Content-Type", "text/plain", "Accept", "text/plain");
        assertThat(answer.statusCode()).as("POST %s\n%s\nanswered %s", location, body, answer.body()).isEqualTo(201);
        String created = answer.headers().firstValue("Location").orElseThrow();
        // the body of a 201 in text/plain, if any, is a rendering too: the new entity's location
        assertThat(TextRendering.plain(answer.body()).assertOnlyLocations("201 of POST " + location).locations())
                .extracting(URI::getRawPath).containsAnyOf(path(created)).hasSize(1);
        return created;
    }

    static String path(String uri) {
        return URI.create(uri).getRawPath();
    }

    static void ok(HttpResponse<String> answer, String what) {
        assertThat(answer.statusCode()).as("%s: %s", what, answer.body()).isEqualTo(200);
    }
}
