package occi.rendering.text;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import occi.api.Category;
import occi.api.OcciException;
import occi.api.rendering.ActionInvocation;
import occi.api.rendering.CategoryRepresentation;
import occi.api.rendering.CollectionInfo;
import occi.api.rendering.EntityRepresentation;
import occi.api.rendering.EntityView;
import occi.api.rendering.Filter;
import occi.api.rendering.OcciRendering;
import occi.api.rendering.OcciRequest;
import occi.api.rendering.OcciResponse;
import occi.api.rendering.RenderContext;
import occi.api.rendering.Rendering;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;

/**
 * text/uri-list (RFC 2483): listings only, one absolute URI per line, {@code #} lines
 * being comments. An entity or the query interface asked for in this type is a 400, as
 * GFD.229 says; a request body in this type can only list locations (415 otherwise).
 *
 * <pre>
 * http://127.0.0.1:8080/compute/6f1c...
 * http://127.0.0.1:8080/compute/91ab...
 * </pre>
 */
@Component(service = Rendering.class)
@Designate(ocd = TextLimitsConfig.class)
@OcciRendering(produces = MediaTypes.TEXT_URI_LIST, consumes = MediaTypes.TEXT_URI_LIST)
public class UriListRendering implements Rendering {

    private final Consumer<String> warnings;
    private volatile TextLimits limits;

    @Activate
    public UriListRendering(TextLimitsConfig config, @Reference(service = LoggerFactory.class) Logger logger) {
        this(TextLimits.of(config, logger::warn), logger::warn);
    }

    UriListRendering(TextLimits limits, Consumer<String> warnings) {
        this.limits = limits;
        this.warnings = warnings;
    }

    @Modified
    void modified(TextLimitsConfig config) {
        this.limits = TextLimits.of(config, warnings);
    }

    @Override
    public EntityRepresentation parseEntity(OcciRequest request) {
        throw notReadable("an entity");
    }

    @Override
    public ActionInvocation parseAction(OcciRequest request) {
        throw notReadable("an action invocation");
    }

    @Override
    public List<CategoryRepresentation> parseCategories(OcciRequest request) {
        throw notReadable("categories");
    }

    /** The URIs of the body, as given; blank lines and {@code #} comments skipped. */
    @Override
    public List<String> parseLocations(OcciRequest request) {
        TextLimits current = limits;
        BodyLines lines = new BodyLines(request.body(), current);
        List<String> locations = new ArrayList<>();
        for (String line = lines.next(); line != null; line = lines.next()) {
            String uri = line.trim();
            if (uri.isEmpty() || uri.startsWith("#")) {
                continue;
            }
            if (locations.size() >= current.maxFields()) {
                throw OcciException.badRequest(lines.where() + ": more than " + current.maxFields() + " URIs in one request");
            }
            try {
                new URI(uri);
            } catch (URISyntaxException e) {
                throw OcciException.badRequest(lines.where() + ": " + uri + " is not a URI: " + e.getMessage());
            }
            locations.add(uri);
        }
        return List.copyOf(locations);
    }

    /** A URI list filters nothing: an empty body is no filter, anything else is not for this type. */
    @Override
    public Filter parseFilter(OcciRequest request) {
        if (!parseLocations(request).isEmpty()) {
            throw notReadable("a filter");
        }
        return Filter.NONE;
    }

    @Override
    public void renderEntity(EntityView entity, RenderContext context, OcciResponse response) {
        throw OcciException.badRequest("text/uri-list renders listings only, not " + entity.entity().location()
                + "; ask for text/plain, text/occi or application/occi+json");
    }

    /** Each entity's absolute URI on a line of its own, written as the iterator yields them. */
    @Override
    public void renderCollection(Iterator<EntityView> entities, CollectionInfo collection, RenderContext context,
            OcciResponse response) throws IOException {
        Writer writer = writer(response);
        while (entities.hasNext()) {
            writer.write(context.absolute(entities.next().entity().location()));
            writer.write("\r\n");
        }
        writer.flush();
    }

    /** A listing is URIs only: the server spares the work of whole views. */
    @Override
    public boolean rendersLocationsOnly(String mediaType) {
        return true;
    }

    @Override
    public void renderCategories(List<Category> categories, RenderContext context, OcciResponse response) {
        throw OcciException.badRequest(
                "text/uri-list renders listings only, not categories; ask for text/plain, text/occi or application/occi+json");
    }

    /** The message as a comment line, which every URI list reader skips. */
    @Override
    public void renderMessage(int status, String message, RenderContext context, OcciResponse response)
            throws IOException {
        Writer writer = writer(response);
        // a comment ends at the line end: a message of several lines stays one comment
        writer.write("# " + message.replace('\r', ' ').replace('\n', ' ') + "\r\n");
        writer.flush();
    }

    private static Writer writer(OcciResponse response) {
        return new BufferedWriter(new OutputStreamWriter(response.body(), StandardCharsets.UTF_8));
    }

    private static OcciException notReadable(String what) {
        return new OcciException(415, "text/uri-list lists locations; it cannot carry " + what
                + ": send text/plain, text/occi or application/occi+json");
    }
}
