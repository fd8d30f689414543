package occi.example.rendering.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import occi.api.Category;
import occi.api.CategoryId;
import occi.api.Entity;
import occi.api.Kind;
import occi.api.Mixin;
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
import org.osgi.service.component.annotations.Component;

/**
 * Listings as {@code text/csv}, for spreadsheets and scripts: the query interface one
 * category per row, a collection one entity per row (streamed), an entity one attribute
 * per row. Output only: it reads no request bodies ({@code consumes} is empty), so the
 * server never hands it one.
 *
 * <p>Registering this component is all it takes: the server picks the service up, serves
 * {@code Accept: text/csv} at once, and answers 406 again when the bundle stops.
 */
@Component(service = Rendering.class)
@OcciRendering(produces = CsvRendering.TEXT_CSV, consumes = {})
public class CsvRendering implements Rendering {

    static final String TEXT_CSV = "text/csv";

    static final List<String> CATEGORY_HEADER = List.of("class", "type", "term", "scheme", "title", "location", "parent", "attributes");
    static final List<String> COLLECTION_HEADER = List.of("location", "kind", "mixins", "title", "attributes");
    static final List<String> ENTITY_HEADER = List.of("attribute", "value");

    @Override
    public EntityRepresentation parseEntity(OcciRequest request) {
        throw readsNothing();
    }

    @Override
    public ActionInvocation parseAction(OcciRequest request) {
        throw readsNothing();
    }

    @Override
    public List<CategoryRepresentation> parseCategories(OcciRequest request) {
        throw readsNothing();
    }

    @Override
    public List<String> parseLocations(OcciRequest request) {
        throw readsNothing();
    }

    @Override
    public Filter parseFilter(OcciRequest request) {
        return Filter.NONE; // a GET carries no CSV filter; ?category= and ?q= are the server's
    }

    @Override
    public void renderEntity(EntityView view, RenderContext context, OcciResponse response) throws IOException {
        Entity entity = view.entity();
        Writer out = writer(response);
        Csv csv = new Csv(out);
        csv.record(ENTITY_HEADER);
        csv.record(List.of("location", entity.location()));
        csv.record(List.of("kind", entity.kind().toString()));
        for (CategoryId mixin : entity.mixins()) {
            csv.record(List.of("mixin", mixin.toString()));
        }
        for (Map.Entry<String, Object> attribute : entity.allAttributes().entrySet()) {
            csv.record(List.of(attribute.getKey(), text(attribute.getValue())));
        }
        out.flush();
    }

    @Override
    public void renderCollection(Iterator<EntityView> entities, CollectionInfo collection, RenderContext context,
            OcciResponse response) throws IOException {
        Writer out = writer(response);
        Csv csv = new Csv(out);
        csv.record(COLLECTION_HEADER);
        while (entities.hasNext()) {
            Entity entity = entities.next().entity();
            csv.record(List.of(entity.location(), entity.kind().toString(),
                    entity.mixins().stream().map(CategoryId::toString).collect(Collectors.joining(" ")),
                    entity.title() == null ? "" : entity.title(),
                    entity.attributes().entrySet().stream().map(a -> a.getKey() + "=" + text(a.getValue()))
                            .collect(Collectors.joining(" "))));
        }
        out.flush();
    }

    @Override
    public void renderCategories(List<Category> categories, RenderContext context, OcciResponse response) throws IOException {
        Writer out = writer(response);
        Csv csv = new Csv(out);
        csv.record(CATEGORY_HEADER);
        for (Category category : categories) {
            String location = category instanceof Kind kind ? kind.location()
                    : category instanceof Mixin mixin ? mixin.location() : null;
            String parent = category instanceof Kind kind && kind.parent() != null ? kind.parent().toString() : "";
            csv.record(List.of(category.categoryClass(), category.id().toString(), category.id().term(), category.id().scheme(),
                    category.title() == null ? "" : category.title(),
                    location == null ? "" : context.categoryLocation(location), parent,
                    String.join(" ", category.attributes().keySet())));
        }
        out.flush();
    }

    @Override
    public void renderMessage(int status, String message, RenderContext context, OcciResponse response) throws IOException {
        Writer out = writer(response);
        Csv csv = new Csv(out);
        csv.record(List.of("status", "message"));
        csv.record(List.of(String.valueOf(status), message == null ? "" : message));
        out.flush();
    }

    private static Writer writer(OcciResponse response) {
        return new BufferedWriter(new OutputStreamWriter(response.body(), StandardCharsets.UTF_8));
    }

    private static String text(Object value) {
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(value);
    }

    private static OcciException readsNothing() {
        return new OcciException(415, "the text/csv rendering renders listings only; send requests as text/plain or JSON");
    }
}
