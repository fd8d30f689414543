package occi.server.itest.deployed;

import java.util.Iterator;
import java.util.List;
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

/**
 * A third party's rendering for a media type a built-in rendering already serves
 * (text/uri-list, named in its component descriptor): the server must refuse it and say
 * why, and keep serving. Never called, so every method fails loudly. One class file, no
 * nested classes or lambdas: the integration test copies it into a bundle of its own.
 */
public class ClashingRendering implements Rendering {

    private static UnsupportedOperationException unused() {
        return new UnsupportedOperationException("a refused rendering is never called");
    }

    @Override
    public EntityRepresentation parseEntity(OcciRequest request) {
        throw unused();
    }

    @Override
    public ActionInvocation parseAction(OcciRequest request) {
        throw unused();
    }

    @Override
    public List<CategoryRepresentation> parseCategories(OcciRequest request) {
        throw unused();
    }

    @Override
    public List<String> parseLocations(OcciRequest request) {
        throw unused();
    }

    @Override
    public Filter parseFilter(OcciRequest request) {
        throw unused();
    }

    @Override
    public void renderEntity(EntityView entity, RenderContext context, OcciResponse response) {
        throw unused();
    }

    @Override
    public void renderCollection(Iterator<EntityView> entities, CollectionInfo collection, RenderContext context, OcciResponse response) {
        throw unused();
    }

    @Override
    public void renderCategories(List<Category> categories, RenderContext context, OcciResponse response) {
        throw unused();
    }

    @Override
    public void renderMessage(int status, String message, RenderContext context, OcciResponse response) {
        throw unused();
    }
}
