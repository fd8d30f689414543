package occi.rendering.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
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
import org.osgi.service.metatype.annotations.Designate;

/**
 * The OCCI 1.2 JSON rendering ({@code application/occi+json}, and {@code application/json}
 * for clients that know only that): resources, links, listings, the query interface and
 * messages out; entities, action invocations, category definitions, filters and entity
 * locations in. Output is streamed straight into the response; input is checked against
 * the OCCI 1.2 JSON schema before it is mapped, and a violation is a 400 naming the JSON
 * pointer and the rule.
 */
@Component(service = Rendering.class, configurationPid = JsonRendering.PID)
@Designate(ocd = JsonRenderingConfig.class)
@OcciRendering(produces = {JsonRendering.OCCI_JSON, JsonRendering.JSON},
        consumes = {JsonRendering.OCCI_JSON, JsonRendering.JSON})
public class JsonRendering implements Rendering {

    /** The configuration PID. */
    public static final String PID = "occi.rendering.json";
    public static final String OCCI_JSON = "application/occi+json";
    public static final String JSON = "application/json";

    private final JsonRenderingConfig config;
    private final JsonFactory output;
    private final BodyReader bodies;
    private final SchemaValidator schema;

    @Activate
    public JsonRendering(JsonRenderingConfig config) {
        this.config = config;
        this.output = JsonFactory.builder()
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET) // the server owns the response stream
                // a listing cut short by an error must not end as a valid, shorter document
                .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN) // 1000, not 1E+3
                .build();
        ObjectMapper input = JsonMapper.builder(JsonFactory.builder()
                        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE) // and the request stream
                        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                        .streamReadConstraints(StreamReadConstraints.builder()
                                .maxNestingDepth(config.max_nesting_depth()).build())
                        .build())
                .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)) // 2.50 stays 2.50
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
        this.bodies = new BodyReader(input, config.max_body_bytes());
        this.schema = new SchemaValidator(input);
    }

    @Override
    public EntityRepresentation parseEntity(OcciRequest request) {
        JsonNode document = required(request.body(), "an entity");
        boolean link = document.has("source") || document.has("target");
        // a client need not send id (the server assigns it) or empty attributes
        schema.check(InputDefaults.forSchema(document, link), link ? Shape.LINK : Shape.RESOURCE);
        return new RepresentationReader().entity(document, link);
    }

    @Override
    public ActionInvocation parseAction(OcciRequest request) {
        JsonNode document = required(request.body(), "an action invocation");
        schema.check(document, Shape.ACTION_INSTANCE);
        return new RepresentationReader().action(document);
    }

    @Override
    public List<CategoryRepresentation> parseCategories(OcciRequest request) {
        JsonNode document = bodies.read(request.body());
        if (document == null) {
            return List.of();
        }
        boolean identifiers = namesCategories(document);
        schema.check(document, identifiers ? Shape.CATEGORY_IDENTIFIERS : Shape.MODEL);
        return new RepresentationReader().categories(document, identifiers);
    }

    @Override
    public List<String> parseLocations(OcciRequest request) {
        JsonNode document = bodies.read(request.body());
        if (document == null) {
            return List.of();
        }
        schema.check(document, Shape.LOCATION_LIST);
        return new RepresentationReader().locations(document);
    }

    @Override
    public Filter parseFilter(OcciRequest request) {
        JsonNode document = bodies.read(request.body());
        if (document == null) {
            return Filter.NONE;
        }
        schema.check(document, Shape.CATEGORY_IDENTIFIERS);
        return new RepresentationReader().filter(document);
    }

    @Override
    public void renderEntity(EntityView entity, RenderContext context, OcciResponse response) throws IOException {
        try (JsonGenerator out = generator(response)) {
            writer(context).entity(out, entity);
        }
    }

    @Override
    public void renderCollection(Iterator<EntityView> entities, CollectionInfo collection, RenderContext context,
            OcciResponse response) throws IOException {
        try (JsonGenerator out = generator(response)) {
            new CollectionWriter(output, writer(context), config.listing_memory_bytes()).write(out, entities);
        }
    }

    @Override
    public void renderCategories(List<Category> categories, RenderContext context, OcciResponse response)
            throws IOException {
        try (JsonGenerator out = generator(response)) {
            writer(context).categories(out, categories);
        }
    }

    @Override
    public void renderMessage(int status, String message, RenderContext context, OcciResponse response)
            throws IOException {
        try (JsonGenerator out = generator(response)) {
            ModelWriter.message(out, status, message);
        }
    }

    /** The schema validator this rendering checks client documents with. */
    SchemaValidator schema() {
        return schema;
    }

    private ModelWriter writer(RenderContext context) {
        return new ModelWriter(context, config.absolute_entity_locations());
    }

    private JsonGenerator generator(OcciResponse response) throws IOException {
        JsonGenerator out = output.createGenerator(response.body(), JsonEncoding.UTF8);
        return config.pretty_print() ? out.useDefaultPrettyPrinter() : out;
    }

    private JsonNode required(InputStream body, String what) {
        JsonNode document = bodies.read(body);
        if (document == null) {
            throw OcciException.badRequest("the request body is empty; " + what + " in OCCI JSON is expected");
        }
        return document;
    }

    /** Whether a category document names categories by type identifier rather than defining them. */
    private static boolean namesCategories(JsonNode document) {
        for (String member : List.of("kinds", "mixins", "actions")) {
            JsonNode first = document.path(member).path(0);
            if (!first.isMissingNode()) {
                return first.isTextual();
            }
        }
        return false;
    }
}
