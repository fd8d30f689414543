package occi.server.internal.engine;

import java.util.Map;
import occi.api.Action;
import occi.api.CategoryId;
import occi.api.Entity;
import occi.api.OcciException;
import occi.api.rendering.ActionInvocation;

/** Finds the action a {@code ?action=term} request means for an entity. */
final class Actions {

    private Actions() {}

    /** The invocation in the request; a bare {@code ?action=} with no body invokes with no attributes. */
    static ActionInvocation invocation(Exchange x) {
        return x.hasPayload() ? x.parse(r -> r.parseAction(x.occiRequest())) : new ActionInvocation(null, Map.of());
    }

    /**
     * The action of the entity's kind or mixins whose term is the query's; when the body names
     * the action's category too, both must agree. 400 when the entity has no such action.
     */
    static Action resolve(Exchange x, Entity entity, ActionInvocation invocation) {
        String term = x.call.queryParameter("action");
        CategoryId named = invocation.action();
        if (named != null && !named.term().equals(term)) {
            throw OcciException.badRequest("?action=" + term + " and the action category " + named + " disagree");
        }
        return x.view.actions(entity.kind(), entity.mixins()).stream()
                .filter(a -> a.id().term().equals(term) && (named == null || a.id().equals(named)))
                .findFirst()
                .orElseThrow(() -> OcciException.badRequest("action " + term + " does not apply to " + entity.location()));
    }
}
