package occi.server.internal.engine;

import java.util.List;
import java.util.Map;
import occi.api.Action;
import occi.api.AttributeDefinition;
import occi.api.AttributeType;
import occi.api.CategoryId;
import occi.api.Core;
import occi.api.Kind;
import occi.api.Mixin;

/** A small infrastructure-like model for engine tests. */
final class Fixtures {

    static final String INFRA = "http://schemas.ogf.org/occi/infrastructure#";

    static final Action START = new Action(CategoryId.parse("http://schemas.ogf.org/occi/infrastructure/compute/action#start"), "Start", Map.of());
    static final Action STOP = new Action(CategoryId.parse("http://schemas.ogf.org/occi/infrastructure/compute/action#stop"), "Stop",
            Kind.attributes(AttributeDefinition.builder("method", AttributeType.ENUM).values("graceful", "poweroff").defaultValue("graceful").build()));

    static final Kind COMPUTE = new Kind(CategoryId.parse(INFRA + "compute"), "Compute", Core.RESOURCE.id(), Kind.attributes(
            AttributeDefinition.builder("occi.compute.cores", AttributeType.INTEGER).build(),
            AttributeDefinition.builder("occi.compute.memory", AttributeType.NUMBER).defaultValue(2).build(),
            AttributeDefinition.builder("occi.compute.hostname", AttributeType.STRING).pattern("[a-z0-9.-]+").build(),
            AttributeDefinition.builder("occi.compute.state", AttributeType.ENUM).values("active", "inactive").immutable().required().build()),
            List.of(START.id(), STOP.id()), "/compute/");

    static final Kind NETWORK = new Kind(CategoryId.parse(INFRA + "network"), "Network", Core.RESOURCE.id(), Kind.attributes(
            AttributeDefinition.builder("occi.network.vlan", AttributeType.INTEGER).build()), List.of(), "/network/");

    static final Kind NETWORK_INTERFACE = new Kind(CategoryId.parse(INFRA + "networkinterface"), "NIC", Core.LINK.id(), Kind.attributes(
            AttributeDefinition.builder("occi.networkinterface.interface", AttributeType.STRING).build()), List.of(), "/networkinterface/");

    static final Mixin OS_TPL = Mixin.tag(CategoryId.parse(INFRA + "os_tpl"), "OS template", "/os_tpl/");
    static final Mixin UBUNTU = Mixin.tag(CategoryId.parse("http://example.org/templates/os#ubuntu"), "Ubuntu", "/os_tpl/ubuntu/", OS_TPL.id());

    static final Mixin MONITORED = new Mixin(CategoryId.parse("http://example.org/occi#monitored"), "Monitored", List.of(),
            List.of(COMPUTE.id()), Kind.attributes(AttributeDefinition.builder("example.interval", AttributeType.INTEGER).defaultValue(60).build()),
            List.of(), "/monitored/");

    private Fixtures() {}
}
