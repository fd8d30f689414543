package occi.api.rendering;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import occi.api.Category;
import occi.api.OcciException;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Turns OCCI requests into model representations and model objects into responses, for
 * the media types in its {@link OcciRendering} service properties. Renderings are
 * whiteboard services: a bundle that registers one makes the server speak its media type
 * at once; stopping it withdraws the type (clients asking for it get 406).
 *
 * <p>Parsing methods throw {@link OcciException} with status 400 and a short message for
 * malformed input, and 415 for input this rendering does not read (text/uri-list has no
 * entities). Rendering never changes the objects it renders.
 */
@ConsumerType
public interface Rendering {

    /** An entity in the request (create, update, replace). */
    EntityRepresentation parseEntity(OcciRequest request);

    /** An action invocation in the request. */
    ActionInvocation parseAction(OcciRequest request);

    /** Categories in the request: user mixins to define or remove, or a filter's categories. */
    List<CategoryRepresentation> parseCategories(OcciRequest request);

    /** Entity locations in the request ({@code X-OCCI-Location}), as given. */
    List<String> parseLocations(OcciRequest request);

    /** A filter carried in the request's rendering (categories and attribute values). */
    Filter parseFilter(OcciRequest request);

    /** One entity, fully. */
    void renderEntity(EntityView entity, RenderContext context, OcciResponse response) throws IOException;

    /**
     * A collection, streamed: locations only (text renderings, uri-list) or whole entities
     * (JSON, HTML), as the media type prescribes.
     */
    void renderCollection(Iterator<EntityView> entities, CollectionInfo collection, RenderContext context,
            OcciResponse response) throws IOException;

    /**
     * Whether {@link #renderCollection} shows only each member's location in this media type
     * (text renderings, uri-list). When it does, the server lists the members as stored,
     * without asking their backends to {@code retrieve} them: each view's {@link
     * EntityView#entity() entity} is the stored one, with its kind and mixins, and its
     * {@link EntityView#actions() actions} and {@link EntityView#links() links} are empty (not
     * worked out), so a listing costs what its rendering shows. The default, {@code false},
     * gets every member retrieved and in full.
     *
     * @param mediaType the media type chosen for the response, one of this rendering's
     * @since 1.1
     */
    default boolean rendersLocationsOnly(String mediaType) {
        return false;
    }

    /** The query interface, or a part of it. */
    void renderCategories(List<Category> categories, RenderContext context, OcciResponse response) throws IOException;

    /** A short message: an error (with its status) or the body of a bodiless success ("OK"). */
    void renderMessage(int status, String message, RenderContext context, OcciResponse response) throws IOException;
}
