package occi.rendering.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import occi.api.AttributeDefinition;
import occi.api.Category;
import occi.api.CategoryId;
import occi.api.Kind;
import occi.api.Mixin;
import occi.api.rendering.RenderContext;

/**
 * The attribute definitions that apply to an entity, collected from the server's model:
 * a kind's own and its ancestors' (root first), and a mixin's own and those of the mixins
 * it depends on. Forms are built from these.
 */
final class ModelView {

    private final RenderContext context;

    ModelView(RenderContext context) {
        this.context = context;
    }

    /** The request being answered (its query parameters). */
    RenderContext context() {
        return context;
    }

    Optional<Category> category(CategoryId id) {
        return id == null ? Optional.empty() : context.category(id);
    }

    /** A kind's attributes with those it inherits, the root kind's first. */
    Map<String, AttributeDefinition> kindAttributes(Kind kind) {
        List<Kind> lineage = new ArrayList<>();
        Set<CategoryId> seen = new HashSet<>();
        for (Kind k = kind; k != null && seen.add(k.id()); k = parent(k)) {
            lineage.add(0, k);
        }
        Map<String, AttributeDefinition> all = new LinkedHashMap<>();
        lineage.forEach(k -> all.putAll(k.attributes()));
        return all;
    }

    /** A mixin's attributes with those of the mixins it depends on. */
    Map<String, AttributeDefinition> mixinAttributes(Mixin mixin) {
        Map<String, AttributeDefinition> all = new LinkedHashMap<>();
        collectMixin(mixin, all, new HashSet<>());
        return all;
    }

    /** Every attribute definition of an entity of this kind with these mixins. */
    Map<String, AttributeDefinition> entityAttributes(Kind kind, List<Mixin> mixins) {
        Map<String, AttributeDefinition> all = kindAttributes(kind);
        mixins.forEach(m -> all.putAll(mixinAttributes(m)));
        return all;
    }

    private void collectMixin(Mixin mixin, Map<String, AttributeDefinition> into, Set<CategoryId> seen) {
        if (!seen.add(mixin.id())) {
            return;
        }
        for (CategoryId dependency : mixin.depends()) {
            category(dependency).filter(Mixin.class::isInstance).map(Mixin.class::cast)
                    .ifPresent(m -> collectMixin(m, into, seen));
        }
        into.putAll(mixin.attributes());
    }

    private Kind parent(Kind kind) {
        return category(kind.parent()).filter(Kind.class::isInstance).map(Kind.class::cast).orElse(null);
    }
}
