package occi.api.rendering;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import occi.api.Category;
import occi.api.CategoryId;
import occi.api.Entity;
import occi.api.Kind;
import occi.api.Mixin;
import org.osgi.annotation.versioning.ProviderType;

/** What a rendering needs to know beyond the model objects it renders. */
@ProviderType
public interface RenderContext {

    /** The absolute URI of the OCCI server's base path, e.g. {@code http://127.0.0.1:8080/}. */
    URI base();

    /** The absolute URI of a location such as {@code /compute/42} (locations in headers are absolute). */
    default String absolute(String location) {
        if (location.startsWith("/")) {
            String b = base().toString();
            return (b.endsWith("/") ? b.substring(0, b.length() - 1) : b) + location;
        }
        return location;
    }

    /**
     * How a category's location is rendered: relative to the base by default, which is
     * what clients joining {@code endpoint + location} expect; absolute when configured.
     */
    String categoryLocation(String location);

    /** Looks a category up in the server's current model (provider and user categories). */
    Optional<Category> category(CategoryId id);

    /** The media type chosen for this response, e.g. {@code text/plain}. */
    String mediaType();

    /**
     * The base-relative path the request was made to, e.g. {@code /compute/42}, without its
     * query: where the client was, for an error page to link back to.
     */
    default String requestPath() {
        return "/";
    }

    /**
     * The mixins of the server's current model (provider and user mixins) that may be
     * applied to an entity of this kind, for an interface to offer as a choice; empty when
     * none applies or the server does not say.
     */
    default List<Mixin> applicableMixins(CategoryId kind) {
        return List.of();
    }

    /** The first value of a query parameter of the request, or {@code null}. */
    default String queryParameter(String name) {
        return null;
    }

    /**
     * Why a create of this kind would be refused now (the kind's backend said so), for an
     * interface to show instead of a create form; empty when it may be accepted or the
     * server does not say.
     *
     * @since 1.4
     */
    default Optional<String> createRefused(Kind kind) {
        return Optional.empty();
    }

    /**
     * Why deleting this entity would be refused (its kind's backend or the store that keeps
     * it said so), for an interface to show instead of a delete button; empty when it may
     * be accepted or the server does not say.
     *
     * @since 1.4
     */
    default Optional<String> deleteRefused(Entity entity) {
        return Optional.empty();
    }

    /**
     * Why every change to this entity would be refused (an update, a tag or untag, an
     * action: its kind's backend or the store that keeps it said so), for an interface to
     * show instead of those forms; empty when a change may be accepted or the server does
     * not say.
     *
     * @since 1.4
     */
    default Optional<String> changeRefused(Entity entity) {
        return Optional.empty();
    }

    /**
     * Why tagging with this mixin would be refused (the mixin's backend said so).
     *
     * @param entity the entity to tag, or {@code null} for any existing entity
     * @since 1.4
     */
    default Optional<String> tagRefused(Mixin mixin, Entity entity) {
        return Optional.empty();
    }

    /**
     * Why removing this mixin from the entity would be refused (the mixin's backend said so).
     *
     * @since 1.4
     */
    default Optional<String> untagRefused(Mixin mixin, Entity entity) {
        return Optional.empty();
    }
}
