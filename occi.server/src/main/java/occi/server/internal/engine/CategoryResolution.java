package occi.server.internal.engine;

import java.util.ArrayList;
import java.util.List;
import occi.api.Action;
import occi.api.Category;
import occi.api.CategoryId;
import occi.api.Kind;
import occi.api.OcciException;
import occi.api.rendering.EntityRepresentation;

/**
 * Gives the categories an OCCI 1.1 client named without {@code class} their class from the
 * model: a kind of that scheme and term is the entity's kind, a mixin one of its mixins.
 * Each inference is noted on the exchange, so the reply says what the server took the
 * category for. A category the model does not know, or an action, is a 400.
 */
final class CategoryResolution {

    private CategoryResolution() {}

    static EntityRepresentation classify(Exchange x, EntityRepresentation rep) {
        if (rep.unclassified().isEmpty()) {
            return rep;
        }
        CategoryId kind = rep.kind();
        List<CategoryId> mixins = new ArrayList<>(rep.mixins());
        for (CategoryId id : rep.unclassified()) {
            Category category = x.view.category(id).orElseThrow(() -> OcciException.badRequest(
                    "Category " + id + " has no class, and this server knows no category " + id));
            if (category instanceof Action) {
                throw OcciException.badRequest("Category " + id + " is an action; an entity's categories are its kind and mixins");
            }
            if (category instanceof Kind) {
                if (kind != null && !kind.equals(id)) {
                    throw OcciException.badRequest("Category " + id + " (no class given) is a kind, and the entity already has kind "
                            + kind + "; an entity has one kind");
                }
                kind = id;
                x.note("Category " + id + " has no class; taken as kind, as the model defines it");
            } else {
                if (!mixins.contains(id)) {
                    mixins.add(id);
                }
                x.note("Category " + id + " has no class; taken as mixin, as the model defines it");
            }
        }
        return new EntityRepresentation(kind, mixins, rep.attributes(), rep.links());
    }
}
