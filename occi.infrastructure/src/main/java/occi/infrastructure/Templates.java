package occi.infrastructure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import occi.api.AttributeDefinition;
import occi.api.CategoryId;
import occi.api.Kind;
import occi.api.Mixin;

/**
 * Infrastructure templates: the parent mixins {@code os_tpl} (at {@code /os_tpl/}) and
 * {@code resource_tpl} (at {@code /resource_tpl/}), and helpers that build a provider's
 * templates, which are mixins that <em>depend on</em> one of the two (OCCI 1.1 clients
 * read that as {@code rel}).
 *
 * <p>A resource template carries the attributes it presets as attribute definitions whose
 * {@code default} is the preset value (OCCI 1.2 core: "default, used for templates"). When
 * the template is applied to an entity, every such attribute the entity lacks is filled
 * in ({@link #presets(Mixin)}); values the client gave win.
 *
 * <pre>
 * Mixin small = Templates.resourceTemplate(new CategoryId("http://example.org/tpl/resource#", "small"),
 *         "Small instance", "/resource_tpl/small/", Compute.KIND, Map.of(Compute.CORES, 1, Compute.MEMORY, 2.0));
 * Mixin debian = Templates.osTemplate(new CategoryId("http://example.org/tpl/os#", "debian"),
 *         "Debian 12", "/os_tpl/debian/");
 * </pre>
 */
public final class Templates {

    public static final String OS_TPL_TYPE_ID = Infrastructure.SCHEME + "os_tpl";
    public static final String RESOURCE_TPL_TYPE_ID = Infrastructure.SCHEME + "resource_tpl";

    public static final Mixin OS_TPL = new Mixin(CategoryId.parse(OS_TPL_TYPE_ID), "OS Template", List.of(),
            List.of(Compute.ID), Map.of(), List.of(), "/os_tpl/");

    public static final Mixin RESOURCE_TPL = new Mixin(CategoryId.parse(RESOURCE_TPL_TYPE_ID), "Resource Template", List.of(),
            List.of(Compute.ID), Map.of(), List.of(), "/resource_tpl/");

    private Templates() {}

    /** A provider's OS template: a mixin depending on {@code os_tpl}, applicable to compute. */
    public static Mixin osTemplate(CategoryId id, String title, String location) {
        return new Mixin(id, title, List.of(OS_TPL.id()), List.of(Compute.ID), Map.of(), List.of(), location);
    }

    /**
     * A provider's resource template for a kind: a mixin depending on {@code resource_tpl}
     * whose attributes are the kind's, each with the preset value as default.
     *
     * @throws IllegalArgumentException when a preset names an attribute the kind does not
     *         define, or its value breaks the kind's definition
     */
    public static Mixin resourceTemplate(CategoryId id, String title, String location, Kind kind, Map<String, ?> presets) {
        Map<String, AttributeDefinition> attributes = new LinkedHashMap<>();
        kind.attributes().forEach((name, definition) -> {
            if (presets.containsKey(name)) {
                attributes.put(name, new AttributeDefinition(name, definition.type(), definition.enumValues(),
                        definition.mutable(), false, presets.get(name), definition.pattern(), definition.description()));
            }
        });
        presets.keySet().stream().filter(name -> !attributes.containsKey(name)).findFirst().ifPresent(name -> {
            throw new IllegalArgumentException(kind.id().term() + " has no attribute " + name + " to preset");
        });
        return new Mixin(id, title, List.of(RESOURCE_TPL.id()), List.of(kind.id()), attributes, List.of(), location);
    }

    /** Whether a mixin is an OS template (it depends on {@code os_tpl}). */
    public static boolean isOsTemplate(Mixin mixin) {
        return mixin.depends().contains(OS_TPL.id());
    }

    /** Whether a mixin is a resource template (it depends on {@code resource_tpl}). */
    public static boolean isResourceTemplate(Mixin mixin) {
        return mixin.depends().contains(RESOURCE_TPL.id());
    }

    /** The attribute values a resource template presets (its attributes' defaults); empty for other mixins. */
    public static Map<String, Object> presets(Mixin mixin) {
        if (!isResourceTemplate(mixin)) {
            return Map.of();
        }
        Map<String, Object> presets = new LinkedHashMap<>();
        mixin.attributes().forEach((name, definition) -> {
            if (definition.defaultValue() != null) {
                presets.put(name, definition.defaultValue());
            }
        });
        return presets;
    }
}
