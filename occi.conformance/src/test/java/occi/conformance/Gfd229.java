package occi.conformance;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The OCCI 1.2 text rendering (OGF GFD.229, "ABNF Definitions") read strictly, written for this
 * module from the specification's ABNF and nothing else: it shares no code with the server's
 * renderings. Every value is read against its production; a key the ABNF does not define, a key
 * out of the ABNF's order, a malformed value or trailing text is a {@link Violation} naming the
 * offending line.
 *
 * <p>Where the ABNF leaves room, this reader takes the reading of HTTP (RFC 7230) the
 * specification points to: optional white space around {@code ;}, {@code ,} and {@code =}
 * (implied linear white space), {@code quoted-string} with {@code quoted-pair} escapes, and a
 * header value that is a comma-separated list ({@code #rule}). One liberty is taken and said so:
 * the Link ABNF writes {@code "category" "=" link-type} without quotes, yet a type identifier is
 * not an HTTP token (it holds {@code :} and {@code /}), so a quoted link-type is read too.
 */
final class Gfd229 {

    /** A rendering that does not match the ABNF: the message names the production and the line. */
    static final class Violation extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Violation(String what, String line) {
            super(what + "\n  in: " + line);
        }
    }

    /** An attribute definition of a Category's {@code attributes} list. */
    record AttributeDef(String name, boolean immutable, boolean required) {}

    /** One {@code category-value}: absent optional parts are null (lists: empty). */
    record Category(String term, String scheme, String categoryClass, String title, String rel, String location,
                    List<AttributeDef> attributes, List<String> actions, String line) {
        String type() {
            return scheme + term;
        }
    }

    /** One {@code link-value} of the Link ABNF, or of the ActionLink ABNF when {@link #isAction()}. */
    record Link(String target, List<String> rel, String self, List<String> category, Map<String, Object> attributes,
                boolean isAction, String line) {}

    /** A value of the Attribute ABNF: {@link String} (string or enum), {@link BigDecimal} (number) or {@link Boolean}. */
    record Attribute(String name, Object value, String line) {}

    private Gfd229() {}

    // ---------------------------------------------------------------- header-value lists

    /**
     * Splits a header value into the elements of a {@code #rule} list: commas inside quoted
     * strings and inside {@code <...>} do not separate; an empty element is a violation.
     */
    static List<String> elements(String value, String line) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        boolean angle = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (quoted) {
                current.append(c);
                if (c == '\\' && i + 1 < value.length()) {
                    current.append(value.charAt(++i));
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
                current.append(c);
            } else if (c == '<') {
                angle = true;
                current.append(c);
            } else if (c == '>') {
                angle = false;
                current.append(c);
            } else if (c == ',' && !angle) {
                out.add(nonEmpty(current.toString().strip(), line));
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (quoted) {
            throw new Violation("a quoted-string is not closed", line);
        }
        out.add(nonEmpty(current.toString().strip(), line));
        return out;
    }

    private static String nonEmpty(String element, String line) {
        if (element.isEmpty()) {
            throw new Violation("an empty element in a comma-separated list", line);
        }
        return element;
    }

    // ---------------------------------------------------------------- Category

    /** Reads one {@code category-value}. */
    static Category category(String value, String line) {
        Cursor in = new Cursor(value, line);
        String term = in.term("term", true);
        in.separator(';');
        in.key("scheme");
        String scheme = in.quoted("scheme");
        absoluteUri(scheme, "scheme", line);
        in.separator(';');
        in.key("class");
        String categoryClass = in.peek('"') ? in.quoted("class") : in.bareWord();
        if (!List.of("action", "mixin", "kind").contains(categoryClass)) {
            throw new Violation("class must be \"action\", \"mixin\" or \"kind\", found '" + categoryClass + "'", line);
        }
        // the optional keys, each at most once and in the ABNF's order
        List<String> order = List.of("title", "rel", "location", "attributes", "actions");
        Map<String, String> found = new LinkedHashMap<>();
        int last = -1;
        while (!in.atEnd()) {
            in.separator(';');
            String key = in.keyName();
            int position = order.indexOf(key);
            if (position < 0) {
                throw new Violation("the Category ABNF has no key '" + key + "' (only term; scheme; class; title; rel; "
                        + "location; attributes; actions)", line);
            }
            if (position <= last) {
                throw new Violation("key '" + key + "' is repeated or out of the ABNF's order (" + String.join(", ", order) + ")", line);
            }
            last = position;
            in.equalsSign();
            found.put(key, in.quoted(key));
        }
        String rel = found.get("rel");
        if (rel != null) {
            if (rel.contains(" ")) {
                throw new Violation("rel of a Category is one type-identifier, found several: \"" + rel + "\"", line);
            }
            typeIdentifier(rel, "rel", line);
        }
        String location = found.get("location");
        if (location != null) {
            uriReference(location, "location", line);
        }
        List<AttributeDef> attributes = found.containsKey("attributes") ? attributeList(found.get("attributes"), line) : List.of();
        List<String> actions = new ArrayList<>();
        if (found.containsKey("actions")) {
            for (String action : spaceList(found.get("actions"), "actions", line)) {
                typeIdentifier(action, "action", line);
                actions.add(action);
            }
        }
        return new Category(term, scheme, categoryClass, found.get("title"), rel, location, attributes, List.copyOf(actions), line);
    }

    private static List<AttributeDef> attributeList(String list, String line) {
        List<AttributeDef> out = new ArrayList<>();
        // attribute-def *( 1*SP attribute-def ); a definition's properties are inside braces, space-separated too
        int i = 0;
        if (list.isEmpty() || list.startsWith(" ") || list.endsWith(" ")) {
            throw new Violation("attribute-list must be attribute-defs separated by spaces, found \"" + list + "\"", line);
        }
        while (i < list.length()) {
            int end = i;
            while (end < list.length() && list.charAt(end) != ' ' && list.charAt(end) != '{') {
                end++;
            }
            String name = list.substring(i, end);
            attributeName(name, line);
            boolean immutable = false;
            boolean required = false;
            if (end < list.length() && list.charAt(end) == '{') {
                int close = list.indexOf('}', end);
                if (close < 0) {
                    throw new Violation("attribute-def " + name + ": '{' without '}'", line);
                }
                String inner = list.substring(end + 1, close);
                for (String property : spaceList(inner, "attribute-property of " + name, line)) {
                    switch (property) {
                        case "immutable" -> immutable = duplicate(immutable, property, name, line);
                        case "required" -> required = duplicate(required, property, name, line);
                        default -> throw new Violation("attribute-property of " + name + " must be immutable or required, found '"
                                + property + "'", line);
                    }
                }
                end = close + 1;
            }
            out.add(new AttributeDef(name, immutable, required));
            if (end < list.length()) {
                if (list.charAt(end) != ' ') {
                    throw new Violation("attribute-defs are separated by spaces, found '" + list.charAt(end) + "' after " + name, line);
                }
                while (end < list.length() && list.charAt(end) == ' ') {
                    end++;
                }
            }
            i = end;
        }
        return out;
    }

    private static boolean duplicate(boolean seen, String property, String name, String line) {
        if (seen) {
            throw new Violation("attribute-property " + property + " twice for " + name, line);
        }
        return true;
    }

    /** {@code x *( 1*SP x )}: one or more items separated by runs of spaces, none leading or trailing. */
    private static List<String> spaceList(String list, String what, String line) {
        if (list.isEmpty() || list.startsWith(" ") || list.endsWith(" ") || list.contains("\t")) {
            throw new Violation(what + " must be one or more items separated by spaces, found \"" + list + "\"", line);
        }
        return List.of(list.split(" +"));
    }

    // ---------------------------------------------------------------- Link and ActionLink

    /** Reads one {@code link-value}: an ActionLink when its URI has {@code ?action=}. */
    static Link link(String value, String line) {
        Cursor in = new Cursor(value, line);
        String target = in.angleUri();
        uriReference(target, "Link URI", line);
        in.separator(';');
        in.key("rel");
        String relValue = in.quoted("rel");
        List<String> rel = spaceList(relValue, "rel", line);
        for (String type : rel) {
            typeIdentifier(type, "rel", line);
        }
        int query = target.indexOf("?action=");
        if (query >= 0) {
            // ActionLink: "<" URI "?" "action=" term ">" ";" "rel" "=" <"> action-type <"> and nothing else
            Cursor term = new Cursor(target.substring(query + "?action=".length()), line);
            String actionTerm = term.term("action term", false);
            if (!term.atEnd()) {
                throw new Violation("an ActionLink's URI ends with ?action=<term>, found '" + target.substring(query) + "'", line);
            }
            if (rel.size() != 1) {
                throw new Violation("an ActionLink's rel is one action type identifier", line);
            }
            if (!rel.get(0).endsWith("#" + actionTerm) && !rel.get(0).endsWith(actionTerm)) {
                throw new Violation("the ActionLink's action term '" + actionTerm + "' is not the term of its rel " + rel.get(0), line);
            }
            if (!in.atEnd()) {
                in.separator(';');
                throw new Violation("an ActionLink has only <action-uri> and rel, found '" + in.keyName() + "'", line);
            }
            return new Link(target, rel, null, List.of(), Map.of(), true, line);
        }
        String self = null;
        List<String> category = List.of();
        Map<String, Object> attributes = new LinkedHashMap<>();
        if (!in.atEnd()) {
            in.separator(';');
            String key = in.keyName();
            if (key.equals("self")) {
                in.equalsSign();
                self = in.quoted("self");
                uriReference(self, "self", line);
                if (!in.atEnd()) {
                    in.separator(';');
                    key = in.keyName();
                } else {
                    key = null;
                }
            }
            if (key != null) {
                if (!key.equals("category")) {
                    throw new Violation("the Link ABNF allows only rel, self, then category and link attributes; found '" + key
                            + "'" + (key.equals("self") ? " twice" : " here"), line);
                }
                in.equalsSign();
                String types = in.peek('"') ? in.quoted("category") : in.bareLinkType();
                category = spaceList(types, "category", line);
                for (String type : category) {
                    typeIdentifier(type, "category", line);
                }
                while (!in.atEnd()) {
                    in.separator(';');
                    String name = in.keyName();
                    attributeName(name, line);
                    in.equalsSign();
                    Object attributeValue = in.peek('"') ? in.quoted(name) : in.token(name);
                    if (attributes.put(name, attributeValue) != null) {
                        throw new Violation("link attribute " + name + " twice", line);
                    }
                }
            }
        }
        return new Link(target, rel, self, category, attributes, false, line);
    }

    // ---------------------------------------------------------------- X-OCCI-Attribute and X-OCCI-Location

    /** Reads one {@code attribute-repr}. */
    static Attribute attribute(String value, String line) {
        Cursor in = new Cursor(value, line);
        String name = in.attributeName();
        in.equalsSign();
        Object result;
        if (in.peek('"')) {
            result = in.quoted(name);
        } else {
            String word = in.bareWord();
            if (word.equals("true") || word.equals("false")) {
                result = Boolean.valueOf(word);
            } else if (word.matches("[0-9]+|[0-9]*\\.[0-9]*") && word.matches(".*[0-9].*")) {
                result = new BigDecimal(word.startsWith(".") ? "0" + word : word.endsWith(".") ? word + "0" : word);
            } else {
                throw new Violation("the value of " + name + " is not a quoted string, a number (digits, one optional '.', "
                        + "no sign, no exponent) or true/false: '" + word + "'", line);
            }
        }
        if (!in.atEnd()) {
            throw new Violation("text after the value of " + name + ": '" + in.rest() + "'", line);
        }
        return new Attribute(name, result, line);
    }

    /** Reads one {@code location-value}, a URI-reference. */
    static URI location(String value, String line) {
        return uriReference(value.strip(), "X-OCCI-Location", line);
    }

    // ---------------------------------------------------------------- productions shared above

    static void attributeName(String name, String line) {
        if (!name.matches("[a-z][a-z0-9_-]*(\\.[a-z][a-z0-9_-]*)*")) {
            throw new Violation("'" + name + "' is not an attribute-name (lower-case components separated by dots)", line);
        }
    }

    /** {@code type-identifier = scheme term}: an absolute URI whose last characters are a term. */
    static void typeIdentifier(String value, String what, String line) {
        absoluteUri(value, what, line);
        int start = value.length();
        while (start > 0 && isTermChar(value.charAt(start - 1))) {
            start--;
        }
        // the term starts at a lower-case letter or digit after its scheme
        while (start < value.length() && !Character.isLowerCase(value.charAt(start)) && !Character.isDigit(value.charAt(start))) {
            start++;
        }
        if (start == value.length()) {
            throw new Violation(what + " '" + value + "' is not a type identifier (scheme followed by a term)", line);
        }
    }

    private static boolean isTermChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }

    static URI absoluteUri(String value, String what, String line) {
        URI uri = uriReference(value, what, line);
        if (!uri.isAbsolute()) {
            throw new Violation(what + " '" + value + "' is not an absolute URI", line);
        }
        return uri;
    }

    static URI uriReference(String value, String what, String line) {
        if (value.isEmpty()) {
            throw new Violation(what + " is empty, not a URI", line);
        }
        try {
            return new URI(value);
        } catch (URISyntaxException e) {
            throw new Violation(what + " '" + value + "' is not a URI-reference: " + e.getReason(), line);
        }
    }

    /** A position in one value, with the reads the productions above need. */
    private static final class Cursor {
        private final String text;
        private final String line;
        private int at;

        Cursor(String text, String line) {
            this.text = text;
            this.line = line;
        }

        boolean atEnd() {
            skipSpace();
            return at >= text.length();
        }

        String rest() {
            return text.substring(at);
        }

        boolean peek(char c) {
            skipSpace();
            return at < text.length() && text.charAt(at) == c;
        }

        void separator(char c) {
            skipSpace();
            if (at >= text.length() || text.charAt(at) != c) {
                throw new Violation("expected '" + c + "' at column " + (at + 1) + ", found "
                        + (at >= text.length() ? "the end" : "'" + rest() + "'"), line);
            }
            at++;
            skipSpace();
        }

        void equalsSign() {
            separator('=');
        }

        void key(String expected) {
            String key = keyName();
            if (!key.equals(expected)) {
                throw new Violation("expected key '" + expected + "', found '" + key + "'", line);
            }
            equalsSign();
        }

        /** A key: the characters up to '=' (so that an unknown key is reported whole). */
        String keyName() {
            skipSpace();
            int start = at;
            while (at < text.length() && text.charAt(at) != '=' && text.charAt(at) != ';' && text.charAt(at) != ' ') {
                at++;
            }
            if (start == at) {
                throw new Violation("expected a key at column " + (start + 1) + ", found '" + text.substring(start) + "'", line);
            }
            return text.substring(start, at);
        }

        String attributeName() {
            String name = keyName();
            Gfd229.attributeName(name, line);
            return name;
        }

        String term(String what, boolean digitFirst) {
            int start = at;
            if (at < text.length() && (Character.isLowerCase(text.charAt(at)) && text.charAt(at) < 128
                    || digitFirst && Character.isDigit(text.charAt(at)))) {
                at++;
                while (at < text.length() && isTermChar(text.charAt(at))) {
                    at++;
                }
            }
            if (start == at || at < text.length() && !" ;".contains(text.substring(at, at + 1))) {
                int end = at;
                while (end < text.length() && text.charAt(end) != ';') {
                    end++;
                }
                throw new Violation(what + " '" + text.substring(start, end).strip() + "' is not a term "
                        + "(lower-case letters, digits, '-' and '_')", line);
            }
            return text.substring(start, at);
        }

        /** RFC 7230 quoted-string: DQUOTE *( qdtext / quoted-pair ) DQUOTE; returns the unescaped content. */
        String quoted(String what) {
            skipSpace();
            if (at >= text.length() || text.charAt(at) != '"') {
                throw new Violation("the value of " + what + " must be a quoted string, found '" + rest() + "'", line);
            }
            at++;
            StringBuilder out = new StringBuilder();
            while (at < text.length()) {
                char c = text.charAt(at++);
                if (c == '"') {
                    return out.toString();
                }
                if (c == '\\') {
                    if (at >= text.length()) {
                        break;
                    }
                    char escaped = text.charAt(at++);
                    if (!isVisibleOrSpace(escaped)) {
                        throw new Violation("quoted-pair of a control character (U+" + Integer.toHexString(escaped) + ") in " + what, line);
                    }
                    out.append(escaped);
                } else if (!isVisibleOrSpace(c) || c == '\u007f') {
                    throw new Violation("a control character (U+" + Integer.toHexString(c) + ") in the quoted string of " + what, line);
                } else {
                    out.append(c);
                }
            }
            throw new Violation("the quoted string of " + what + " is not closed", line);
        }

        private static boolean isVisibleOrSpace(char c) {
            return c == '\t' || c >= ' ' && c != '\u007f';
        }

        /** A run of characters up to white space or ';' (an unquoted class, number or boolean). */
        String bareWord() {
            skipSpace();
            int start = at;
            while (at < text.length() && text.charAt(at) != ';' && text.charAt(at) != ' ' && text.charAt(at) != '\t') {
                at++;
            }
            return text.substring(start, at);
        }

        String bareLinkType() {
            return bareWord();
        }

        /** RFC 7230 token: 1*tchar. */
        String token(String what) {
            String word = bareWord();
            if (word.isEmpty() || !word.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
                throw new Violation("the value of " + what + " is neither a token nor a quoted string: '" + word + "'", line);
            }
            return word;
        }

        String angleUri() {
            skipSpace();
            if (at >= text.length() || text.charAt(at) != '<') {
                throw new Violation("a Link value starts with '<', found '" + rest() + "'", line);
            }
            int close = text.indexOf('>', at);
            if (close < 0) {
                throw new Violation("a Link value's '<' has no '>'", line);
            }
            String uri = text.substring(at + 1, close);
            at = close + 1;
            return uri;
        }

        private void skipSpace() {
            while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
                at++;
            }
        }
    }

    /** Header names of the renderings, as written in the ABNF (HTTP field names compare case-insensitively). */
    static String fieldName(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "category" -> "Category";
            case "link" -> "Link";
            case "x-occi-attribute" -> "X-OCCI-Attribute";
            case "x-occi-location" -> "X-OCCI-Location";
            default -> null;
        };
    }

    static boolean sameValue(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }
}
