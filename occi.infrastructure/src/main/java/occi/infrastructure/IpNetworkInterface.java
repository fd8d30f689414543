package occi.infrastructure;

import java.util.List;
import occi.api.AttributeDefinition;
import occi.api.AttributeType;
import occi.api.CategoryId;
import occi.api.Kind;
import occi.api.Mixin;

/**
 * The ipnetworkinterface mixin ({@code .../infrastructure/networkinterface#ipnetworkinterface}):
 * IP settings of a {@link NetworkInterface}. The address has multiplicity 1 in the
 * specification, but with dynamic allocation the resource manager assigns it, so its
 * definition is not {@code required}.
 */
public final class IpNetworkInterface {

    public static final String SCHEME = "http://schemas.ogf.org/occi/infrastructure/networkinterface#";
    public static final String TYPE_ID = SCHEME + "ipnetworkinterface";

    public static final String ADDRESS = "occi.networkinterface.address";
    public static final String GATEWAY = "occi.networkinterface.gateway";
    public static final String ALLOCATION = "occi.networkinterface.allocation";

    public static final Mixin MIXIN = new Mixin(CategoryId.parse(TYPE_ID), "IP Network Interface Mixin", List.of(),
            List.of(NetworkInterface.ID), Kind.attributes(
                    AttributeDefinition.builder(ADDRESS, AttributeType.STRING).pattern(Patterns.IP_ADDRESS_OR_CIDR)
                            .description("IP address of the link, with or without a prefix length").build(),
                    AttributeDefinition.builder(GATEWAY, AttributeType.STRING).pattern(Patterns.IP_ADDRESS)
                            .description("IP address of the gateway").build(),
                    AttributeDefinition.builder(ALLOCATION, AttributeType.ENUM).values(IpNetwork.DYNAMIC, IpNetwork.STATIC)
                            .required().defaultValue(IpNetwork.DYNAMIC)
                            .description("address allocation: dynamic (DHCP) or static (client-supplied)").build()),
            List.of(), "/ipnetworkinterface/");

    private IpNetworkInterface() {}
}
