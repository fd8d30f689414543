package occi.admin.internal.glance;

import java.util.Optional;
import occi.api.CategoryId;
import occi.api.Entity;
import occi.api.backend.EntityStore;
import occi.api.backend.RequestContext;

/**
 * Why the backends would refuse an operation the console could offer on an entity, asked
 * of the backends themselves before a button is shown (a button that can only fail is not
 * offered; the reason is shown instead).
 */
public interface OperationRefusals {

    /** Offers everything: for readers that know of no backend. */
    OperationRefusals NONE = new OperationRefusals() {
        @Override
        public Optional<String> delete(Entity entity, Optional<EntityStore> keptBy, RequestContext caller) {
            return Optional.empty();
        }

        @Override
        public Optional<String> untag(CategoryId mixin, Entity entity, RequestContext caller) {
            return Optional.empty();
        }
    };

    /**
     * Why the entity's kind backend, or the store that keeps it ({@code keptBy}, when the
     * registry does not), would refuse to delete it, or empty: the server asks both, the
     * first refusal wins.
     */
    Optional<String> delete(Entity entity, Optional<EntityStore> keptBy, RequestContext caller);

    /** Why the mixin's backend would refuse to remove it from the entity, or empty. */
    Optional<String> untag(CategoryId mixin, Entity entity, RequestContext caller);
}
