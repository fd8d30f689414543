package occi.infrastructure;

import java.util.List;
import java.util.Map;
import occi.api.Action;
import occi.api.AttributeDefinition;
import occi.api.AttributeType;
import occi.api.CategoryId;
import occi.api.Core;
import occi.api.Kind;

/**
 * The networkinterface link kind ({@code .../infrastructure#networkinterface}, at
 * {@code /networkinterface/}): an L2 network adapter linking a {@link Compute} (source)
 * to a {@link Network} (target); IP settings come with the {@link IpNetworkInterface}
 * mixin. Its actions ({@code up}, {@code down}) are rOCCI-core's.
 *
 * <p>{@code interface} and {@code mac} have multiplicity 1 in the specification but are
 * assigned by the resource manager, so their definitions are not {@code required}
 * (which in the API means "the client must give it"): a driver fills them on create.
 */
public final class NetworkInterface {

    public static final String TYPE_ID = Infrastructure.SCHEME + "networkinterface";
    public static final String ACTION_SCHEME = "http://schemas.ogf.org/occi/infrastructure/networkinterface/action#";
    public static final CategoryId ID = CategoryId.parse(TYPE_ID);

    /** The kind of resource a networkinterface starts from. */
    public static final CategoryId SOURCE_KIND = Compute.ID;
    /** The kind of resource a networkinterface leads to. */
    public static final CategoryId TARGET_KIND = Network.ID;

    public static final String INTERFACE = "occi.networkinterface.interface";
    public static final String MAC = "occi.networkinterface.mac";
    public static final String STATE = "occi.networkinterface.state";
    public static final String STATE_MESSAGE = "occi.networkinterface.state.message";

    public static final String ACTIVE = "active";
    public static final String INACTIVE = "inactive";
    public static final String ERROR = "error";

    public static final Action UP = new Action(new CategoryId(ACTION_SCHEME, "up"), "Activate the network interface", Map.of());
    public static final Action DOWN = new Action(new CategoryId(ACTION_SCHEME, "down"), "Deactivate the network interface", Map.of());

    public static final List<Action> ACTIONS = List.of(UP, DOWN);

    public static final Kind KIND = new Kind(ID, "NetworkInterface Link", Core.LINK.id(), Kind.attributes(
            AttributeDefinition.builder(INTERFACE, AttributeType.STRING).immutable()
                    .description("identifier of the device interface the link stands for, e.g. eth0").build(),
            AttributeDefinition.builder(MAC, AttributeType.STRING).pattern(Patterns.MAC)
                    .description("MAC address of the device interface").build(),
            AttributeDefinition.builder(STATE, AttributeType.ENUM).values(ACTIVE, INACTIVE, ERROR)
                    .immutable().required().defaultValue(INACTIVE).description("current state of the instance").build(),
            AttributeDefinition.builder(STATE_MESSAGE, AttributeType.STRING).immutable()
                    .description("human-readable explanation of the current state").build()),
            ACTIONS.stream().map(Action::id).toList(), "/networkinterface/");

    public static final StateMachine STATES = StateMachine.builder(ID, STATE)
            .states(ACTIVE, INACTIVE, ERROR).initial(INACTIVE).error(ERROR)
            .on(UP, ACTIVE, INACTIVE)
            .on(DOWN, INACTIVE, ACTIVE, ERROR)
            .build();

    private NetworkInterface() {}
}
