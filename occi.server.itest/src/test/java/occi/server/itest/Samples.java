package occi.server.itest;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import occi.api.Action;
import occi.api.AttributeDefinition;
import occi.api.AttributeType;
import occi.api.Category;
import occi.api.CategoryId;
import occi.api.Core;
import occi.api.Entity;
import occi.api.Kind;
import occi.api.Mixin;
import occi.api.OcciException;
import occi.api.backend.ActionBackend;
import occi.api.backend.KindBackend;
import occi.api.backend.MixinBackend;
import occi.api.backend.RequestContext;

/** Categories and backends the integration tests register as services, as a backend bundle would. */
final class Samples {

    static final String SCHEME = "http://example.org/itest#";

    static Action action(String scheme, String term) {
        return new Action(CategoryId.parse(scheme + term), term, Map.of());
    }

    static Kind kind(String scheme, String term, List<CategoryId> actions) {
        return new Kind(CategoryId.parse(scheme + term), term, Core.RESOURCE.id(), Kind.attributes(
                AttributeDefinition.builder("itest.size", AttributeType.INTEGER).defaultValue(1).build(),
                AttributeDefinition.builder("itest.state", AttributeType.ENUM).values("up", "down").immutable().build()),
                actions, "/" + term + "/");
    }

    /** A kind, a template mixin and an action; records its calls; can be told to veto creates. */
    static final class MachineBackend implements KindBackend, MixinBackend, ActionBackend {
        final String scheme;
        final Action reboot;
        final Kind machine;
        final Mixin template;
        final List<String> calls = new java.util.concurrent.CopyOnWriteArrayList<>();
        volatile OcciException createVeto;

        MachineBackend(String scheme, String term) {
            this.scheme = scheme;
            this.reboot = action(scheme, "reboot");
            this.machine = kind(scheme, term, List.of(reboot.id()));
            this.template = Mixin.tag(CategoryId.parse(scheme + term + "_tpl"), "template", "/" + term + "_tpl/");
        }

        @Override
        public Collection<? extends Category> categories() {
            return List.of(machine, template, reboot);
        }

        @Override
        public Entity create(Entity entity, RequestContext request) {
            calls.add("create " + entity.kind().term());
            if (createVeto != null) {
                throw createVeto;
            }
            return withState(entity, "down");
        }

        @Override
        public Entity apply(Mixin mixin, Entity entity, RequestContext request) {
            calls.add("apply " + mixin.id().term());
            return entity;
        }

        @Override
        public Entity invoke(Action action, Entity entity, Map<String, Object> attributes, RequestContext request) {
            calls.add("invoke " + action.id().term());
            return withState(entity, "up");
        }

        private static Entity withState(Entity entity, String state) {
            Map<String, Object> attributes = new java.util.LinkedHashMap<>(entity.attributes());
            attributes.put("itest.state", state);
            return entity.withAttributes(attributes);
        }
    }

    private Samples() {}
}
