package occi.infrastructure.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import occi.api.CategoryId;
import occi.api.Entity;
import occi.api.Mixin;
import occi.api.OcciException;
import occi.infrastructure.Contextualization;
import occi.infrastructure.Infrastructure;
import occi.infrastructure.Templates;

/** What the model itself does when its mixins are applied or updated, whatever the driver. */
final class MixinRules {

    private MixinRules() {}

    /**
     * Replaces a draft alias (e.g. {@code .../occi/credentials#ssh_key}) by its canonical
     * mixin in the entity's mixin list, renaming the draft's attribute where the names
     * differ; entities always carry the canonical id.
     */
    static Entity canonicalise(Mixin mixin, Entity entity) {
        if (!Infrastructure.isDraftAlias(mixin.id())) {
            return entity;
        }
        CategoryId canonical = Infrastructure.canonical(mixin.id());
        List<CategoryId> mixins = new ArrayList<>();
        for (CategoryId applied : entity.mixins()) {
            CategoryId replacement = applied.equals(mixin.id()) ? canonical : applied;
            if (!mixins.contains(replacement)) {
                mixins.add(replacement);
            }
        }
        Map<String, Object> attributes = new LinkedHashMap<>(entity.attributes());
        Object draftUserdata = attributes.remove(Contextualization.USERDATA_DRAFT);
        if (draftUserdata != null) {
            attributes.putIfAbsent(Contextualization.USERDATA, draftUserdata);
        }
        return entity.withMixins(mixins).withAttributes(attributes);
    }

    /** Fills in what a resource template presets and the entity does not have yet. */
    static Entity applyPresets(Mixin mixin, Entity entity) {
        Map<String, Object> presets = Templates.presets(mixin);
        if (presets.isEmpty()) {
            return entity;
        }
        Map<String, Object> attributes = new LinkedHashMap<>(entity.attributes());
        presets.forEach(attributes::putIfAbsent);
        return entity.withAttributes(attributes);
    }

    /** User data is given once: an update may repeat it but not change or drop it. */
    static void checkUserdataUnchanged(Mixin mixin, Entity current, Entity updated) {
        if (!Infrastructure.canonical(mixin.id()).equals(Infrastructure.USER_DATA)) {
            return;
        }
        Object before = userdata(current);
        if (before != null && !Objects.equals(before, userdata(updated))) {
            throw OcciException.badRequest("attribute " + Contextualization.USERDATA
                    + ": user data is given once, when the compute is created, and cannot be changed");
        }
    }

    private static Object userdata(Entity entity) {
        Object value = entity.attributes().get(Contextualization.USERDATA);
        return value != null ? value : entity.attributes().get(Contextualization.USERDATA_DRAFT);
    }
}
