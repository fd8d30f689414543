package occi.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every category of the query interface ({@code /-/}), read in text/plain, text/occi+plain,
 * text/occi and JSON by this module's own readers: each Category line matches GFD.229's ABNF
 * exactly (no key it does not define), the JSON is a GFD.226 {@code model}, and the renderings
 * agree on every fact both carry (class, title, parent as a kind's rel, first depends as a
 * mixin's rel, location, attribute definitions, actions).
 */
@ExtendWith(ExportedContainer.class)
@Order(1)
class QueryInterfaceIT {

    @Test
    void everyCategoryInEveryRenderingIsStrictlyConformantAndTheRenderingsAgree(Occi occi) {
        Findings findings = new Findings();
        Map<String, Gfd229.Category> plain = plainCategories(occi, "text/plain", findings);
        Map<String, Gfd229.Category> occiPlain = plainCategories(occi, "text/occi+plain", findings);

        HttpResponse<String> headerAnswer = occi.get("/-/", "text/occi");
        assertThat(headerAnswer.statusCode()).isEqualTo(200);
        findings.expect(headerAnswer.body().strip().equals("OK"), "GET /-/ text/occi", "the body of a text/occi answer is OK, found: " + headerAnswer.body());
        Map<String, Gfd229.Category> headers = new LinkedHashMap<>();
        for (String line : TextRendering.headerLines(headerAnswer.headers())) {
            findings.check("GET /-/ text/occi", () -> TextRendering.plain(line).assertOnlyCategories("/-/")
                    .categories().forEach(c -> headers.put(c.type(), c)));
        }

        HttpResponse<String> jsonAnswer = occi.get("/-/", "application/occi+json");
        JsonNode model = Gfd226.valid(jsonAnswer.body(), "model", "GET /-/ application/occi+json");
        Map<String, JsonNode> json = new LinkedHashMap<>();
        Map<String, String> jsonClass = new LinkedHashMap<>();
        for (String array : List.of("kinds", "mixins", "actions")) {
            for (JsonNode category : model.path(array)) {
                String type = category.path("scheme").asText() + category.path("term").asText();
                findings.expect(json.put(type, category) == null, "JSON /-/", type + " is listed twice");
                jsonClass.put(type, array.substring(0, array.length() - 1));
            }
        }

        findings.expect(plain.keySet().equals(json.keySet()), "/-/", "text/plain and JSON list different categories: "
                + difference(plain.keySet(), json.keySet()));
        findings.expect(occiPlain.keySet().equals(plain.keySet()), "/-/", "text/occi+plain and text/plain differ: " + difference(occiPlain.keySet(), plain.keySet()));
        findings.expect(headers.keySet().equals(plain.keySet()), "/-/", "text/occi and text/plain differ: " + difference(headers.keySet(), plain.keySet()));
        for (Gfd229.Category category : plain.values()) {
            String type = category.type();
            Gfd229.Category inHeaders = headers.get(type);
            if (inHeaders != null) {
                findings.expect(withoutLine(inHeaders).equals(withoutLine(category)), type, "text/occi renders it otherwise than text/plain:\n  "
                        + inHeaders.line() + "\n  " + category.line());
            }
            JsonNode inJson = json.get(type);
            if (inJson != null) {
                agree(category, inJson, jsonClass.get(type), plain, findings);
            }
        }
        findings.assertNone("the query interface");
    }

    @Test
    void everyCategoryAskedForAloneIsRenderedAsInTheWholeInterface(Occi occi) {
        Findings findings = new Findings();
        Map<String, Gfd229.Category> all = plainCategories(occi, "text/plain", findings);
        for (Gfd229.Category category : all.values()) {
            String query = "/-/?category=" + java.net.URLEncoder.encode(category.type(), java.nio.charset.StandardCharsets.UTF_8);
            findings.check("GET " + query, () -> {
                List<Gfd229.Category> alone = TextRendering.plain(occi.get(query, "text/plain").body()).assertOnlyCategories(query).categories();
                if (alone.size() != 1 || !withoutLine(alone.get(0)).equals(withoutLine(category))) {
                    throw new AssertionError("expected exactly " + category.line() + ", found " + alone);
                }
            });
        }
        // OCCI 1.1 filters the query interface with a Category header (class-less)
        HttpResponse<String> filtered = occi.send("GET", "/-/", null, "Accept", "text/occi",
                "Category", "compute; scheme=\"http://schemas.ogf.org/occi/infrastructure#\"");
        findings.check("GET /-/ Category: compute", () -> assertThat(TextRendering.headers(filtered.headers()).categories())
                .extracting(Gfd229.Category::type).containsExactly("http://schemas.ogf.org/occi/infrastructure#compute"));
        findings.assertNone("the query interface, one category at a time");
    }

    /** The facts a Category line and its JSON rendering both carry must be the same. */
    private static void agree(Gfd229.Category text, JsonNode json, String jsonClass, Map<String, Gfd229.Category> all, Findings findings) {
        String where = text.line();
        findings.expect(text.categoryClass().equals(jsonClass), where, "class " + text.categoryClass() + " in text, " + jsonClass + " in JSON");
        findings.expect(Objects.equals(text.title(), json.has("title") ? json.get("title").asText() : null), where,
                "title differs from JSON's " + json.path("title"));
        if (!text.categoryClass().equals("action")) {
            // GFD.226 requires a location for every kind and mixin; the text must carry the same one
            String location = json.path("location").asText("");
            findings.expect(!location.isEmpty(), where, "no location in JSON (GFD.226's schema requires one for every kind and "
                    + "mixin; clients such as jOCCI need one in text)");
            findings.expect(Objects.equals(text.location(), location.isEmpty() ? null : location), where,
                    "location " + text.location() + " in text, \"" + location + "\" in JSON");
        }
        if (text.categoryClass().equals("kind")) {
            String parent = json.has("parent") ? json.get("parent").asText() : null;
            findings.expect(Objects.equals(text.rel(), parent), where, "a kind's rel is its parent, " + parent);
        }
        if (text.categoryClass().equals("mixin")) {
            // GFD.229: of Mixin.depends and Mixin.applies only the first depends is rendered as rel
            String depends = json.path("depends").size() > 0 ? json.path("depends").get(0).asText() : null;
            findings.expect(Objects.equals(text.rel(), depends), where, "a mixin's rel is its first depends (" + depends + ")");
        }
        if (text.rel() != null) {
            Gfd229.Category related = all.get(text.rel());
            findings.expect(related != null && related.categoryClass().equals(text.categoryClass()), where,
                    "rel " + text.rel() + " is not a " + text.categoryClass() + " of the query interface");
        }
        Map<String, Gfd229.AttributeDef> textAttributes = new LinkedHashMap<>();
        text.attributes().forEach(a -> textAttributes.put(a.name(), a));
        Set<String> jsonAttributes = new TreeSet<>();
        json.path("attributes").fieldNames().forEachRemaining(jsonAttributes::add);
        findings.expect(new TreeSet<>(textAttributes.keySet()).equals(jsonAttributes), where,
                "attributes differ from JSON's: " + difference(textAttributes.keySet(), jsonAttributes));
        for (Gfd229.AttributeDef definition : text.attributes()) {
            JsonNode inJson = json.path("attributes").path(definition.name());
            if (!inJson.isMissingNode()) {
                findings.expect(definition.immutable() == !inJson.path("mutable").asBoolean(true), where,
                        definition.name() + ": immutable in text is " + definition.immutable() + ", mutable in JSON is " + inJson.path("mutable"));
                findings.expect(definition.required() == inJson.path("required").asBoolean(false), where,
                        definition.name() + ": required in text is " + definition.required() + ", in JSON " + inJson.path("required"));
            }
        }
        Set<String> jsonActions = new TreeSet<>();
        json.path("actions").forEach(a -> jsonActions.add(a.asText()));
        findings.expect(new TreeSet<>(text.actions()).equals(jsonActions), where, "actions differ from JSON's " + jsonActions);
        for (String action : text.actions()) {
            findings.expect(all.containsKey(action) && all.get(action).categoryClass().equals("action"), where,
                    action + " is not an action of the query interface");
        }
    }

    private static Map<String, Gfd229.Category> plainCategories(Occi occi, String mediaType, Findings findings) {
        HttpResponse<String> answer = occi.get("/-/", mediaType);
        assertThat(answer.statusCode()).as("GET /-/ " + mediaType).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith(mediaType);
        Map<String, Gfd229.Category> out = new LinkedHashMap<>();
        // line by line, so that every offending line is reported
        for (String line : answer.body().split("\r?\n")) {
            if (!line.isEmpty()) {
                findings.check("GET /-/ " + mediaType, () -> TextRendering.plain(line).assertOnlyCategories("/-/")
                        .categories().forEach(c -> {
                            if (out.put(c.type(), c) != null) {
                                throw new Gfd229.Violation(c.type() + " is listed twice", c.line());
                            }
                        }));
            }
        }
        return out;
    }

    static Gfd229.Category withoutLine(Gfd229.Category c) {
        return new Gfd229.Category(c.term(), c.scheme(), c.categoryClass(), c.title(), c.rel(), c.location(), c.attributes(), c.actions(), "");
    }

    static String difference(Set<String> a, Set<String> b) {
        Set<String> onlyA = new TreeSet<>(a);
        onlyA.removeAll(b);
        Set<String> onlyB = new TreeSet<>(b);
        onlyB.removeAll(a);
        return "only in the first " + onlyA + ", only in the second " + onlyB;
    }
}
