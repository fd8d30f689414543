package occi.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Capabilities added to an entity at run time: attributes and actions, the mixins it
 * depends on ({@code depends}, OCCI 1.1's {@code rel}) and the kinds it may be applied to
 * ({@code applies}; empty means any). Templates (os_tpl, resource_tpl) and user-defined
 * tags are mixins. A mixin's location collects the entities it is applied to.
 *
 * @param id         scheme and term
 * @param title      human-readable title, or {@code null}
 * @param depends    the mixins this one depends on
 * @param applies    the kinds it may be applied to; empty for any
 * @param attributes the attributes it adds
 * @param actions    the actions it adds
 * @param location   where the entities it is applied to are collected, e.g. {@code /os_tpl/}
 */
public record Mixin(CategoryId id, String title, List<CategoryId> depends, List<CategoryId> applies,
        Map<String, AttributeDefinition> attributes, List<CategoryId> actions, String location) implements Category {

    public Mixin {
        Objects.requireNonNull(id, "id");
        depends = Definitions.list(depends);
        applies = Definitions.list(applies);
        attributes = Definitions.attributes(attributes);
        actions = Definitions.list(actions);
        location = Definitions.location(location, false);
    }

    /** A mixin with no attributes or actions: a user's tag, or a template that only names itself. */
    public static Mixin tag(CategoryId id, String title, String location, CategoryId... depends) {
        return new Mixin(id, title, List.of(depends), List.of(), Map.of(), List.of(), location);
    }

    @Override
    public String categoryClass() {
        return "mixin";
    }
}
