package occi.conformance;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A whole GFD.229 text rendering read with {@link Gfd229}: a {@code text/plain} body (section
 * "OCCI Text Plain rendering": one {@code name: value} entry a line) or the headers of a
 * {@code text/occi} answer (section "OCCI Header Rendering": the same fields as HTTP headers,
 * repeated or comma-joined, body {@code OK}), and the {@code text/uri-list} of RFC 2483.
 */
record TextRendering(List<Gfd229.Category> categories, List<Gfd229.Link> links, List<Gfd229.Attribute> attributes,
                     List<URI> locations, List<String> fieldOrder) {

    /**
     * Reads a text/plain body. Lines end with CRLF (the ABNF) or LF (as most text/* bodies do);
     * a CR anywhere else, an empty line between entries, or a field the renderings do not define
     * is a violation.
     */
    static TextRendering plain(String body) {
        Builder builder = new Builder();
        String text = body.endsWith("\r\n") ? body.substring(0, body.length() - 2) : body.endsWith("\n") ? body.substring(0, body.length() - 1) : body;
        if (text.isEmpty()) {
            return builder.build();
        }
        for (String raw : text.split("\n", -1)) {
            String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
            if (line.indexOf('\r') >= 0) {
                throw new Gfd229.Violation("a stray CR inside a line", line.replace("\r", "\\r"));
            }
            if (line.isEmpty()) {
                throw new Gfd229.Violation("an empty line inside a text/plain rendering", "(empty line) in:\n" + body);
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new Gfd229.Violation("an entry is 'name: value'", line);
            }
            builder.field(line.substring(0, colon), line.substring(colon + 1).strip(), line);
        }
        return builder.build();
    }

    /** Reads the rendering fields of a text/occi answer's headers (other HTTP headers are not the rendering's). */
    static TextRendering headers(HttpHeaders headers) {
        Builder builder = new Builder();
        for (Map.Entry<String, List<String>> header : headers.map().entrySet()) {
            if (Gfd229.fieldName(header.getKey()) == null) {
                continue;
            }
            for (String value : header.getValue()) {
                builder.field(header.getKey(), value.strip(), header.getKey() + ": " + value);
            }
        }
        return builder.build();
    }

    /**
     * The rendering fields of a text/occi answer's headers as one {@code Name: element} line per
     * element of each header's comma-separated list, so that each can be read (and reported) alone.
     */
    static List<String> headerLines(HttpHeaders headers) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> header : headers.map().entrySet()) {
            String name = Gfd229.fieldName(header.getKey());
            if (name != null) {
                for (String value : header.getValue()) {
                    for (String element : Gfd229.elements(value, header.getKey() + ": " + value)) {
                        out.add(name + ": " + element);
                    }
                }
            }
        }
        return out;
    }

    /** Reads a text/uri-list (RFC 2483): one absolute URI a line, '#' comment lines. */
    static List<URI> uriList(String body) {
        List<URI> out = new ArrayList<>();
        for (String raw : body.split("\n")) {
            String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            out.add(Gfd229.absoluteUri(line, "a text/uri-list line", line));
        }
        return out;
    }

    /**
     * Checks the entity renderings' order: {@code 1*( Category CRLF ) *( Link CRLF ) *( Attribute CRLF )}
     * (resource and link instance rendering alike, ActionLinks being Links).
     */
    TextRendering assertEntityOrder(String what) {
        if (categories.isEmpty()) {
            throw new Gfd229.Violation(what + ": an entity rendering has at least one Category", String.join(", ", fieldOrder));
        }
        List<String> expected = List.of("Category", "Link", "X-OCCI-Attribute");
        int last = 0;
        for (String field : fieldOrder) {
            int position = expected.indexOf(field);
            if (position < 0) {
                throw new Gfd229.Violation(what + ": an entity rendering has no " + field + " field", String.join(", ", fieldOrder));
            }
            if (position < last) {
                throw new Gfd229.Violation(what + ": entity rendering order is Category, Link, X-OCCI-Attribute; found "
                        + field + " after " + expected.get(last), String.join(", ", fieldOrder));
            }
            last = position;
        }
        return this;
    }

    /** Only Categories: the category collection rendering of the query interface. */
    TextRendering assertOnlyCategories(String what) {
        if (!links.isEmpty() || !attributes.isEmpty() || !locations.isEmpty()) {
            throw new Gfd229.Violation(what + ": a category collection rendering is *( Category CRLF ) only", String.join(", ", fieldOrder));
        }
        return this;
    }

    /** Only X-OCCI-Locations: an entity collection rendering. */
    TextRendering assertOnlyLocations(String what) {
        if (!links.isEmpty() || !attributes.isEmpty() || !categories.isEmpty()) {
            throw new Gfd229.Violation(what + ": an entity collection rendering is *( Location CRLF ) only", String.join(", ", fieldOrder));
        }
        return this;
    }

    /** The value of an attribute, or null. */
    Object attribute(String name) {
        return attributes.stream().filter(a -> a.name().equals(name)).map(Gfd229.Attribute::value).findFirst().orElse(null);
    }

    private static final class Builder {
        final List<Gfd229.Category> categories = new ArrayList<>();
        final List<Gfd229.Link> links = new ArrayList<>();
        final List<Gfd229.Attribute> attributes = new ArrayList<>();
        final List<URI> locations = new ArrayList<>();
        final List<String> order = new ArrayList<>();

        void field(String rawName, String value, String line) {
            String name = Gfd229.fieldName(rawName);
            if (name == null) {
                throw new Gfd229.Violation("'" + rawName + "' is not a field of the OCCI text rendering "
                        + "(Category, Link, X-OCCI-Attribute, X-OCCI-Location)", line);
            }
            for (String element : Gfd229.elements(value, line)) {
                switch (name) {
                    case "Category" -> categories.add(Gfd229.category(element, line));
                    case "Link" -> links.add(Gfd229.link(element, line));
                    case "X-OCCI-Attribute" -> attributes.add(Gfd229.attribute(element, line));
                    default -> locations.add(Gfd229.location(element, line));
                }
                order.add(name);
            }
        }

        TextRendering build() {
            return new TextRendering(List.copyOf(categories), List.copyOf(links), List.copyOf(attributes), List.copyOf(locations),
                    List.copyOf(order));
        }
    }
}
