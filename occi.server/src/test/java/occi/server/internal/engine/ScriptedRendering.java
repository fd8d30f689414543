package occi.server.internal.engine;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
import occi.api.rendering.OcciRequest;
import occi.api.rendering.OcciResponse;
import occi.api.rendering.RenderContext;
import occi.api.rendering.Rendering;

/**
 * A rendering for engine tests: what it "parses" is what the test scripted, and what it
 * renders is one plain line per item, so tests read the engine's decisions, not a format.
 */
final class ScriptedRendering implements Rendering {

    EntityRepresentation entity;
    ActionInvocation action;
    List<CategoryRepresentation> categories = List.of();
    List<String> locations = List.of();
    Filter filter = Filter.NONE;
    /** When set, rendering an entity fails with it (text/uri-list refuses single entities like this). */
    OcciException refuseEntity;
    /** Whether collections show locations only (as the text renderings and uri-list do). */
    boolean locationsOnly;
    /** The views of the last collection rendered. */
    final List<EntityView> listed = new ArrayList<>();

    @Override
    public EntityRepresentation parseEntity(OcciRequest request) {
        if (entity == null) {
            throw OcciException.badRequest("no entity in the request");
        }
        return entity;
    }

    @Override
    public ActionInvocation parseAction(OcciRequest request) {
        return action == null ? new ActionInvocation(null, java.util.Map.of()) : action;
    }

    @Override
    public List<CategoryRepresentation> parseCategories(OcciRequest request) {
        return categories;
    }

    @Override
    public List<String> parseLocations(OcciRequest request) {
        return locations;
    }

    @Override
    public Filter parseFilter(OcciRequest request) {
        return filter;
    }

    @Override
    public void renderEntity(EntityView view, RenderContext context, OcciResponse response) throws IOException {
        if (refuseEntity != null) {
            throw refuseEntity;
        }
        StringBuilder line = new StringBuilder("entity ").append(view.entity().location()).append(" kind=").append(view.kind().id().term());
        view.mixins().forEach(m -> line.append(" mixin=").append(m.id().term()));
        view.entity().allAttributes().forEach((k, v) -> line.append(' ').append(k).append('=').append(v));
        view.actions().forEach(a -> line.append(" action=").append(a.id().term()));
        view.links().forEach(l -> line.append(" link=").append(l.entity().location()));
        write(response, line.append('\n').toString());
    }

    @Override
    public void renderCollection(Iterator<EntityView> entities, CollectionInfo collection, RenderContext context, OcciResponse response)
            throws IOException {
        StringBuilder text = new StringBuilder();
        listed.clear();
        entities.forEachRemaining(v -> {
            listed.add(v);
            text.append(context.absolute(v.entity().location())).append('\n');
        });
        response.addHeader("X-Total", String.valueOf(collection.total()));
        write(response, text.toString());
    }

    @Override
    public boolean rendersLocationsOnly(String mediaType) {
        return locationsOnly;
    }

    @Override
    public void renderCategories(List<Category> categories, RenderContext context, OcciResponse response) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Category c : categories) {
            text.append(c.id()).append(' ').append(c.categoryClass());
            String location = c instanceof occi.api.Kind k ? k.location() : c instanceof occi.api.Mixin m ? m.location() : null;
            if (location != null) {
                text.append(" location=").append(context.categoryLocation(location));
            }
            text.append('\n');
        }
        write(response, text.toString());
    }

    @Override
    public void renderMessage(int status, String message, RenderContext context, OcciResponse response) throws IOException {
        write(response, message + "\n");
    }

    private static void write(OcciResponse response, String text) throws IOException {
        Writer writer = new OutputStreamWriter(response.body(), StandardCharsets.UTF_8);
        writer.write(text);
        writer.flush();
    }
}
