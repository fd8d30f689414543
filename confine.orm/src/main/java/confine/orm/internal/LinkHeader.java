package confine.orm.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses RFC 8288 {@code Link} header values: {@code <uri>; rel="a b"; title="x", <uri2>; rel=next}.
 * A link with several relation types gives one {@link Link} per type; relative
 * targets are resolved against the request's URI.
 */
final class LinkHeader {

    /** One target and one relation type. */
    record Link(URI target, String rel) {
    }

    private LinkHeader() {
    }

    static List<Link> parse(List<String> headerValues, URI context) {
        List<Link> links = new ArrayList<>();
        for (String value : headerValues) {
            parse(value, context, links);
        }
        return links;
    }

    static List<Link> parse(String value, URI context) {
        List<Link> links = new ArrayList<>();
        parse(value, context, links);
        return links;
    }

    private static void parse(String value, URI context, List<Link> out) {
        int i = 0;
        int n = value.length();
        while (i < n) {
            int open = value.indexOf('<', i);
            if (open < 0) {
                return;
            }
            int close = value.indexOf('>', open);
            if (close < 0) {
                throw new IllegalArgumentException("Link header without a closing '>': " + value);
            }
            String target = value.substring(open + 1, close).trim();
            i = close + 1;
            List<String> rels = new ArrayList<>();
            // parameters up to the next ',' outside quotes
            while (i < n) {
                char c = value.charAt(i);
                if (c == ',') {
                    i++;
                    break;
                }
                if (c != ';') {
                    i++;
                    continue;
                }
                i++;
                int eq = indexOfOutsideQuotes(value, '=', i);
                int end = endOfParameter(value, i);
                if (eq < 0 || eq > end) {
                    i = end;
                    continue;
                }
                String name = value.substring(i, eq).trim().toLowerCase(java.util.Locale.ROOT);
                String raw = value.substring(eq + 1, end).trim();
                if (raw.length() >= 2 && raw.startsWith("\"") && raw.endsWith("\"")) {
                    raw = raw.substring(1, raw.length() - 1).replace("\\\"", "\"");
                }
                if (name.equals("rel")) {
                    for (String rel : raw.trim().split("\\s+")) {
                        if (!rel.isEmpty()) {
                            rels.add(rel);
                        }
                    }
                }
                i = end;
            }
            URI uri = context == null ? URI.create(target) : context.resolve(target);
            for (String rel : rels) {
                out.add(new Link(uri, rel));
            }
        }
    }

    private static int indexOfOutsideQuotes(String s, char wanted, int from) {
        boolean quoted = false;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == wanted) {
                return i;
            } else if (!quoted && (c == ';' || c == ',')) {
                return -1;
            }
        }
        return -1;
    }

    /** Index of the ';' or ',' that ends the parameter starting at {@code from}, or the end. */
    private static int endOfParameter(String s, int from) {
        boolean quoted = false;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' && (i == 0 || s.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            } else if (!quoted && (c == ';' || c == ',')) {
                return i;
            }
        }
        return s.length();
    }
}
