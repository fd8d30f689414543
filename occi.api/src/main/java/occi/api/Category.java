package occi.api;

import java.util.Map;

/**
 * What OCCI classifies entities and operations with: a {@link Kind}, a {@link Mixin} or an
 * {@link Action}. Every category has an identity (scheme and term), a title, and the
 * definitions of the attributes it brings.
 */
public sealed interface Category permits Kind, Mixin, Action {

    CategoryId id();

    /** A human-readable title, or {@code null}. */
    String title();

    /** The attributes this category defines, by name, in definition order. */
    Map<String, AttributeDefinition> attributes();

    /** The class as the text rendering names it: {@code kind}, {@code mixin} or {@code action}. */
    String categoryClass();
}
