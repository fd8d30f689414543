package occi.api;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A category's identity, its scheme and term; the type identifier is the two joined,
 * {@code http://schemas.ogf.org/occi/infrastructure#compute}.
 *
 * <pre>
 * CategoryId compute = CategoryId.parse("http://schemas.ogf.org/occi/infrastructure#compute");
 * compute.term();   // "compute"
 * </pre>
 */
public record CategoryId(String scheme, String term) implements Comparable<CategoryId> {

    /** OCCI's term grammar: a letter, then letters, digits, '-' and '_' (upper case tolerated). */
    private static final Pattern TERM = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");

    public CategoryId {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(term, "term");
        if (scheme.isBlank()) {
            throw new IllegalArgumentException("a category scheme must not be empty");
        }
        if (!TERM.matcher(term).matches()) {
            throw new IllegalArgumentException("'" + term + "' is not a valid category term");
        }
    }

    /** Splits a type identifier after its last '#' (or, without one, its last '/'). */
    public static CategoryId parse(String typeId) {
        Objects.requireNonNull(typeId, "typeId");
        int split = typeId.lastIndexOf('#');
        if (split < 0) {
            split = typeId.lastIndexOf('/');
        }
        if (split < 0 || split == typeId.length() - 1) {
            throw new IllegalArgumentException("'" + typeId + "' is not a category type identifier (scheme#term)");
        }
        return new CategoryId(typeId.substring(0, split + 1), typeId.substring(split + 1));
    }

    /** The type identifier: scheme followed by term. */
    @Override
    public String toString() {
        return scheme + term;
    }

    @Override
    public int compareTo(CategoryId other) {
        return toString().compareTo(other.toString());
    }
}
