package confine.orm.internal;

import java.net.URI;
import java.util.Locale;

/**
 * What a relation URI means to the client, named from its last path segment:
 * {@code .../node-list} is the collection {@code nodes} of {@code node} resources,
 * {@code .../do-get-auth-token} the action {@code get_auth_token}, anything else a
 * plain link ({@code base}, {@code server}, {@code node-base}, {@code next}).
 */
record Relation(Kind kind, String name, String singular, URI uri) {

    enum Kind { COLLECTION, ACTION, LINK }

    static Relation of(String rel) {
        URI uri = URI.create(rel);
        String path = rel;
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String segment = path.substring(path.lastIndexOf('/') + 1);
        if (segment.startsWith("do-") && segment.length() > 3) {
            return new Relation(Kind.ACTION, identifier(segment.substring(3)), null, uri);
        }
        if (segment.endsWith("-list") && segment.length() > 5) {
            String singular = identifier(segment.substring(0, segment.length() - 5));
            return new Relation(Kind.COLLECTION, plural(singular), singular, uri);
        }
        return new Relation(Kind.LINK, identifier(segment), null, uri);
    }

    /** {@code get-auth-token} gives {@code get_auth_token}. */
    static String identifier(String dashed) {
        return dashed.replace('-', '_');
    }

    /** English plural of a resource name: node, nodes; island, islands; gateway, gateways; policy, policies; box, boxes. */
    static String plural(String singular) {
        int lastUnderscore = singular.lastIndexOf('_');
        String head = singular.substring(0, lastUnderscore + 1);
        String word = singular.substring(lastUnderscore + 1);
        String w = word.toLowerCase(Locale.ROOT);
        if (w.isEmpty()) {
            return singular + "s";
        }
        if (w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch") || w.endsWith("sh")) {
            return head + word + "es";
        }
        if (w.endsWith("y") && w.length() > 1 && "aeiou".indexOf(w.charAt(w.length() - 2)) < 0) {
            return head + word.substring(0, word.length() - 1) + "ies";
        }
        return head + word + "s";
    }
}
