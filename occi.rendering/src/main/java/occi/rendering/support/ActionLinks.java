package occi.rendering.support;

import occi.api.Action;
import occi.api.Entity;
import occi.api.rendering.RenderContext;

/**
 * Where a client invokes an action on an entity: the entity's absolute URI with
 * {@code ?action=<term>}, as every rendering shows it for the actions applicable now.
 */
public final class ActionLinks {

    /** The query parameter that names an action in a POST. */
    public static final String ACTION_PARAMETER = "action";

    private ActionLinks() {}

    /** {@code http://host/compute/42?action=start} for the start action of {@code /compute/42}. */
    public static String uri(Entity entity, Action action, RenderContext context) {
        return context.absolute(entity.location()) + "?" + ACTION_PARAMETER + "=" + action.id().term();
    }

    /** Whether a URI a client sent is an action link ({@code ...?action=...} or {@code ...&action=...}). */
    public static boolean isActionUri(String uri) {
        int query = uri.indexOf('?');
        if (query < 0) {
            return false;
        }
        int fragment = uri.indexOf('#', query);
        String parameters = fragment < 0 ? uri.substring(query + 1) : uri.substring(query + 1, fragment);
        for (String parameter : parameters.split("&")) {
            if (parameter.startsWith(ACTION_PARAMETER + "=")) {
                return true;
            }
        }
        return false;
    }
}
