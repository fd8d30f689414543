package occi.rendering.text;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import occi.api.Action;
import occi.api.AttributeDefinition;
import occi.api.AttributeType;
import occi.api.Category;
import occi.api.CategoryId;
import occi.api.Core;
import occi.api.Kind;
import occi.api.Link;
import occi.api.Mixin;
import occi.api.Resource;
import occi.api.rendering.EntityRepresentation;
import occi.api.rendering.EntityView;
import occi.api.rendering.LinkRepresentation;

/** A small infrastructure model (compute, network, networkinterface, templates) and entities of it. */
final class Fixtures {

    static final String INFRA = "http://schemas.ogf.org/occi/infrastructure#";
    static final String COMPUTE_ACTION = "http://schemas.ogf.org/occi/infrastructure/compute/action#";

    static final Action START = new Action(new CategoryId(COMPUTE_ACTION, "start"), "Start", Map.of());
    static final Action STOP = new Action(new CategoryId(COMPUTE_ACTION, "stop"), "Stop the \"VM\"", Kind.attributes(
            AttributeDefinition.builder("method", AttributeType.ENUM).values("graceful", "acpioff", "poweroff").build()));

    static final Kind COMPUTE = new Kind(new CategoryId(INFRA, "compute"), "Compute Resource", Core.RESOURCE.id(),
            Kind.attributes(
                    AttributeDefinition.builder("occi.compute.cores", AttributeType.INTEGER).build(),
                    AttributeDefinition.builder("occi.compute.memory", AttributeType.NUMBER).build(),
                    AttributeDefinition.builder("occi.compute.hostname", AttributeType.STRING).required().build(),
                    AttributeDefinition.builder("occi.compute.state", AttributeType.ENUM)
                            .values("active", "inactive", "suspended", "error").immutable().required().build()),
            List.of(START.id(), STOP.id()), "/compute/");

    static final Kind NETWORK = new Kind(new CategoryId(INFRA, "network"), "Network", Core.RESOURCE.id(), Map.of(),
            List.of(), "/network/");

    static final Kind NETWORK_INTERFACE = new Kind(new CategoryId(INFRA, "networkinterface"), "NIC", Core.LINK.id(),
            Kind.attributes(AttributeDefinition.builder("occi.networkinterface.interface", AttributeType.STRING).build()),
            List.of(), "/networkinterface/");

    static final Mixin OS_TPL = Mixin.tag(new CategoryId(INFRA, "os_tpl"), "OS template", "/os_tpl/");

    static final Mixin UBUNTU = new Mixin(new CategoryId("http://example.com/templates/os#", "ubuntu"), "Ubuntu 24.04",
            List.of(OS_TPL.id()), List.of(COMPUTE.id()), Map.of(), List.of(), "/templates/os/ubuntu/");

    static final Mixin IP_NETWORK_INTERFACE = new Mixin(new CategoryId(INFRA.replace("#", "/networkinterface#"), "ipnetworkinterface"),
            "IP NIC", List.of(), List.of(NETWORK_INTERFACE.id()), Kind.attributes(
                    AttributeDefinition.builder("occi.networkinterface.address", AttributeType.STRING).build()),
            List.of(), "/ipnetworkinterface/");

    static final List<Category> MODEL = List.of(Core.ENTITY, Core.RESOURCE, Core.LINK, COMPUTE, NETWORK,
            NETWORK_INTERFACE, OS_TPL, UBUNTU, IP_NETWORK_INTERFACE, START, STOP);

    private Fixtures() {}

    /** A compute with typed attributes (text with quotes, backslashes and Unicode), a template mixin and a NIC. */
    static EntityView compute() {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("occi.compute.cores", 2L);
        attributes.put("occi.compute.memory", new BigDecimal("4.5"));
        attributes.put("occi.compute.hostname", "vm \"one\", \\ the first; é ✓ 😀");
        attributes.put("occi.compute.state", "active");
        attributes.put("example.big", new BigDecimal("123456789012345678901234567890"));
        attributes.put("example.negative", -7L);
        attributes.put("example.enabled", true);
        Resource vm = new Resource("6f1c2d3e-0000-4000-8000-000000000001", "/compute/6f1c2d3e-0000-4000-8000-000000000001",
                COMPUTE.id(), List.of(UBUNTU.id()), attributes, "My VM", "a test machine", 3);
        return new EntityView(vm, COMPUTE, List.of(UBUNTU), List.of(START, STOP), List.of(nic()));
    }

    /** The compute's network interface, to a network of this server. */
    static EntityView nic() {
        Link nic = new Link("91ab0000-0000-4000-8000-000000000002", "/networkinterface/91ab0000-0000-4000-8000-000000000002",
                NETWORK_INTERFACE.id(), List.of(IP_NETWORK_INTERFACE.id()),
                ordered("occi.networkinterface.interface", "eth0", "occi.networkinterface.address", "10.0.0.2"),
                null, "/compute/6f1c2d3e-0000-4000-8000-000000000001", "/network/n1", NETWORK.id(), 1);
        return new EntityView(nic, NETWORK_INTERFACE, List.of(IP_NETWORK_INTERFACE), List.of(), List.of());
    }

    private static Map<String, Object> ordered(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    /** A resource with a single string attribute, for collections. */
    static EntityView network(String id) {
        Resource network = new Resource(id, "/network/" + id, NETWORK.id(), List.of(), Map.of(), null, null, 1);
        return new EntityView(network, NETWORK, List.of(), List.of(), List.of());
    }

    /** What a client reads back from the rendering of a view: locations absolute, every attribute typed. */
    static EntityRepresentation representation(EntityView view) {
        Map<String, Object> attributes = new LinkedHashMap<>(view.entity().allAttributes());
        // GFD.229 numbers have no sign: a negative one travels as quoted digits, for the server to coerce
        attributes.replaceAll((name, value) -> value instanceof Long n && n < 0 ? n.toString() : value);
        List<LinkRepresentation> links = view.links().stream().map(Fixtures::linkRepresentation).toList();
        return new EntityRepresentation(view.kind().id(), view.mixins().stream().map(Mixin::id).toList(), attributes, links);
    }

    private static LinkRepresentation linkRepresentation(EntityView view) {
        Link link = (Link) view.entity();
        return new LinkRepresentation(TestContext.BASE + link.target(), link.targetKind(), link.kind(), link.mixins(),
                link.allAttributes(), TestContext.BASE + link.location());
    }
}
