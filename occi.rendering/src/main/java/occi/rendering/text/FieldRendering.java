package occi.rendering.text;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import occi.api.Category;
import occi.api.rendering.ActionInvocation;
import occi.api.rendering.CategoryRepresentation;
import occi.api.rendering.CollectionInfo;
import occi.api.rendering.EntityRepresentation;
import occi.api.rendering.EntityView;
import occi.api.rendering.Filter;
import occi.api.rendering.OcciRequest;
import occi.api.rendering.OcciResponse;
import occi.api.rendering.RenderContext;
import occi.api.rendering.Rendering;
import org.osgi.service.component.annotations.Modified;

/**
 * What text/plain and text/occi share: the same fields and grammar (GFD.229), read from
 * and written to different places, the body or the headers. A subclass says where.
 *
 * <p>The limits may change while requests are served (Config Admin): each request reads
 * them once, so a request never sees half of an update.
 */
abstract class FieldRendering implements Rendering {

    private final EntityFields entities = new EntityFields(new TextValues());
    private final Consumer<String> warnings;
    private volatile TextLimits limits;

    FieldRendering(TextLimits limits, Consumer<String> warnings) {
        this.limits = limits;
        this.warnings = warnings;
    }

    /** Config Admin changed the limits: requests from now on use the new ones, without a restart. */
    @Modified
    void modified(TextLimitsConfig config) {
        this.limits = TextLimits.of(config, warnings);
    }

    /** The fields a request carries. */
    abstract List<Field> fields(OcciRequest request, TextLimits limits);

    /** Where a response's fields go. */
    abstract FieldSink sink(OcciResponse response);

    private TextDocument document(OcciRequest request) {
        return TextDocument.parse(fields(request, limits));
    }

    @Override
    public EntityRepresentation parseEntity(OcciRequest request) {
        return RequestShapes.entity(document(request));
    }

    @Override
    public ActionInvocation parseAction(OcciRequest request) {
        return RequestShapes.action(document(request));
    }

    @Override
    public List<CategoryRepresentation> parseCategories(OcciRequest request) {
        return RequestShapes.categories(document(request));
    }

    @Override
    public List<String> parseLocations(OcciRequest request) {
        return RequestShapes.locations(document(request));
    }

    @Override
    public Filter parseFilter(OcciRequest request) {
        return RequestShapes.filter(document(request));
    }

    @Override
    public void renderEntity(EntityView entity, RenderContext context, OcciResponse response) throws IOException {
        FieldSink sink = sink(response);
        entities.write(entity, context, sink);
        sink.finish();
    }

    /** {@code X-OCCI-Location} for each entity, absolute, written as the iterator yields them. */
    @Override
    public void renderCollection(Iterator<EntityView> entities, CollectionInfo collection, RenderContext context,
            OcciResponse response) throws IOException {
        FieldSink sink = sink(response);
        while (entities.hasNext()) {
            sink.field(FieldName.LOCATION, context.absolute(entities.next().entity().location()));
        }
        sink.finish();
    }

    /** A listing is {@code X-OCCI-Location}s only: the server spares the work of whole views. */
    @Override
    public boolean rendersLocationsOnly(String mediaType) {
        return true;
    }

    /** A Category for each, with its attributes and actions: the query interface. */
    @Override
    public void renderCategories(List<Category> categories, RenderContext context, OcciResponse response)
            throws IOException {
        FieldSink sink = sink(response);
        for (Category category : categories) {
            sink.field(FieldName.CATEGORY, CategoryValues.definition(category, context, sink.asciiOnly()));
        }
        sink.finish();
    }
}
