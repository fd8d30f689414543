package occi.rendering.json;

import java.math.BigDecimal;
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
import occi.api.rendering.EntityView;

/** A small infrastructure model with an attribute of every type, and entities of it. */
final class TestModel {

    static final String INFRA = "http://schemas.ogf.org/occi/infrastructure#";

    static final Action START = new Action(CategoryId.parse("http://schemas.ogf.org/occi/infrastructure/compute/action#start"),
            "Start", Map.of());
    static final Action STOP = new Action(CategoryId.parse("http://schemas.ogf.org/occi/infrastructure/compute/action#stop"),
            "Stop", Kind.attributes(AttributeDefinition.builder("method", AttributeType.ENUM)
                    .values("graceful", "acpioff", "poweroff").defaultValue("graceful").build()));

    static final Kind COMPUTE = new Kind(new CategoryId(INFRA, "compute"), "Compute Resource", Core.RESOURCE.id(),
            Kind.attributes(
                    AttributeDefinition.builder("occi.compute.architecture", AttributeType.ENUM).values("x86", "x64").build(),
                    AttributeDefinition.builder("occi.compute.cores", AttributeType.INTEGER).defaultValue(1L)
                            .description("number of CPU cores").build(),
                    AttributeDefinition.builder("occi.compute.hostname", AttributeType.STRING).pattern("[a-z][a-z0-9.-]*").build(),
                    AttributeDefinition.builder("occi.compute.memory", AttributeType.NUMBER).defaultValue(new BigDecimal("2.5")).build(),
                    AttributeDefinition.builder("occi.compute.state", AttributeType.ENUM).values("active", "inactive", "suspended", "error")
                            .immutable().required().defaultValue("inactive").build(),
                    AttributeDefinition.builder("example.compute.ephemeral", AttributeType.BOOLEAN).defaultValue(false).build(),
                    AttributeDefinition.builder("example.compute.tags", AttributeType.ARRAY).defaultValue(List.of("a", 1L)).build(),
                    AttributeDefinition.builder("example.compute.placement", AttributeType.OBJECT)
                            .defaultValue(Map.of("zone", "z1")).build()),
            List.of(START.id(), STOP.id()), "/compute/");

    static final Kind NETWORK = new Kind(new CategoryId(INFRA, "network"), "Network", Core.RESOURCE.id(),
            Kind.attributes(AttributeDefinition.builder("occi.network.vlan", AttributeType.INTEGER).build()),
            List.of(), "/network/");

    static final Kind NETWORK_INTERFACE = new Kind(new CategoryId(INFRA, "networkinterface"), "Network interface",
            Core.LINK.id(), Kind.attributes(AttributeDefinition.builder("occi.networkinterface.interface", AttributeType.STRING).build()),
            List.of(), "/network/interface/");

    static final Mixin OS_TPL = Mixin.tag(new CategoryId(INFRA, "os_tpl"), "OS template", "/os_tpl/");
    static final Mixin UBUNTU = new Mixin(new CategoryId("http://example.org/templates/os#", "ubuntu"), "Ubuntu 24.04",
            List.of(OS_TPL.id()), List.of(COMPUTE.id()), Map.of(), List.of(), "/os_tpl/ubuntu/");
    static final Mixin IPNETWORK = new Mixin(new CategoryId("http://schemas.ogf.org/occi/infrastructure/network#", "ipnetwork"),
            "IP network", List.of(), List.of(NETWORK.id()),
            Kind.attributes(AttributeDefinition.builder("occi.network.address", AttributeType.STRING).build(),
                    AttributeDefinition.builder("occi.network.allocation", AttributeType.ENUM).values("dynamic", "static").build()),
            List.of(), "/mixin/ipnetwork/");

    /** Every category, core kinds first, as a query interface lists them. */
    static final List<Category> CATEGORIES = List.of(Core.ENTITY, Core.RESOURCE, Core.LINK, COMPUTE, NETWORK,
            NETWORK_INTERFACE, OS_TPL, UBUNTU, IPNETWORK, START, STOP);

    private TestModel() {}

    /** A compute with typed attributes, a mixin, two actions and two links (one to an external target). */
    static EntityView compute(String id) {
        Resource vm = new Resource(id, "/compute/" + id, COMPUTE.id(), List.of(UBUNTU.id()), Map.of(
                "occi.compute.cores", 4L,
                "occi.compute.memory", new BigDecimal("8.25"),
                "occi.compute.state", "active",
                "example.compute.ephemeral", true,
                "example.compute.tags", List.of("web", 2L),
                "example.compute.placement", Map.of("zone", "z1")), "vm " + id, "a web server", 3);
        Link local = new Link(id + "-eth0", "/network/interface/" + id + "-eth0", NETWORK_INTERFACE.id(), List.of(),
                Map.of("occi.networkinterface.interface", "eth0"), "eth0", vm.location(), "/network/n1", NETWORK.id(), 1);
        Link external = new Link(id + "-doc", "/link/" + id + "-doc", Core.LINK.id(), List.of(), Map.of(), null,
                vm.location(), "https://docs.example.org/vm", null, 1);
        return new EntityView(vm, COMPUTE, List.of(UBUNTU), List.of(START, STOP),
                List.of(linkView(local), linkView(external)));
    }

    /** A compute with nothing but its kind and id. */
    static EntityView bareCompute(String id) {
        return new EntityView(new Resource(id, "/compute/" + id, COMPUTE.id(), List.of(), Map.of(), null, null, 0),
                COMPUTE, List.of(), List.of(), List.of());
    }

    static EntityView linkView(Link link) {
        Kind kind = link.kind().equals(NETWORK_INTERFACE.id()) ? NETWORK_INTERFACE : Core.LINK;
        return new EntityView(link, kind, List.of(), List.of(), List.of());
    }

    /** A link to an external target, as a listing of links holds it. */
    static EntityView externalLink(String id) {
        return linkView(new Link(id, "/link/" + id, Core.LINK.id(), List.of(), Map.of("example.weight", 3L), "docs",
                "/compute/c1", "https://docs.example.org/vm", null, 1));
    }
}
