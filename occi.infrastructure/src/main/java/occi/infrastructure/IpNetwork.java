package occi.infrastructure;

import java.util.List;
import occi.api.AttributeDefinition;
import occi.api.AttributeType;
import occi.api.CategoryId;
import occi.api.Kind;
import occi.api.Mixin;

/** The ipnetwork mixin ({@code .../infrastructure/network#ipnetwork}): IP settings of a {@link Network}. */
public final class IpNetwork {

    public static final String SCHEME = "http://schemas.ogf.org/occi/infrastructure/network#";
    public static final String TYPE_ID = SCHEME + "ipnetwork";

    public static final String ADDRESS = "occi.network.address";
    public static final String GATEWAY = "occi.network.gateway";
    public static final String ALLOCATION = "occi.network.allocation";

    public static final String DYNAMIC = "dynamic";
    public static final String STATIC = "static";

    public static final Mixin MIXIN = new Mixin(CategoryId.parse(TYPE_ID), "IP Networking Mixin", List.of(),
            List.of(Network.ID), Kind.attributes(
                    AttributeDefinition.builder(ADDRESS, AttributeType.STRING).pattern(Patterns.CIDR)
                            .description("IP network address in CIDR notation, e.g. 192.168.0.0/24 or fc00::/7").build(),
                    AttributeDefinition.builder(GATEWAY, AttributeType.STRING).pattern(Patterns.IP_ADDRESS)
                            .description("IP address of the network's gateway").build(),
                    AttributeDefinition.builder(ALLOCATION, AttributeType.ENUM).values(DYNAMIC, STATIC).defaultValue(DYNAMIC)
                            .description("address allocation: dynamic (DHCP) or static (client-supplied)").build()),
            List.of(), "/ipnetwork/");

    private IpNetwork() {}
}
