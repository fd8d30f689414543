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
 * The network kind ({@code .../infrastructure#network}, at {@code /network/}): an L2
 * network, a virtual switch; IP settings come with the {@link IpNetwork} mixin.
 *
 * <pre>
 * inactive --up--> active --down--> inactive; error --down--> inactive
 * </pre>
 */
public final class Network {

    public static final String TYPE_ID = Infrastructure.SCHEME + "network";
    public static final String ACTION_SCHEME = "http://schemas.ogf.org/occi/infrastructure/network/action#";
    public static final CategoryId ID = CategoryId.parse(TYPE_ID);

    public static final String VLAN = "occi.network.vlan";
    public static final String LABEL = "occi.network.label";
    public static final String STATE = "occi.network.state";
    public static final String STATE_MESSAGE = "occi.network.state.message";

    public static final String ACTIVE = "active";
    public static final String INACTIVE = "inactive";
    public static final String ERROR = "error";

    public static final Action UP = new Action(new CategoryId(ACTION_SCHEME, "up"), "Activate the network", Map.of());
    public static final Action DOWN = new Action(new CategoryId(ACTION_SCHEME, "down"), "Deactivate the network", Map.of());

    public static final List<Action> ACTIONS = List.of(UP, DOWN);

    public static final Kind KIND = new Kind(ID, "Network Resource", Core.RESOURCE.id(), Kind.attributes(
            AttributeDefinition.builder(VLAN, AttributeType.INTEGER).pattern(Patterns.VLAN)
                    .description("802.1q VLAN identifier, 0 to 4095").build(),
            AttributeDefinition.builder(LABEL, AttributeType.STRING).pattern(Patterns.TOKEN)
                    .description("tag of a tag-based VLAN, e.g. external-dmz").build(),
            AttributeDefinition.builder(STATE, AttributeType.ENUM).values(ACTIVE, INACTIVE, ERROR)
                    .immutable().required().defaultValue(INACTIVE).description("current state of the instance").build(),
            AttributeDefinition.builder(STATE_MESSAGE, AttributeType.STRING).immutable()
                    .description("human-readable explanation of the current state").build()),
            ACTIONS.stream().map(Action::id).toList(), "/network/");

    public static final StateMachine STATES = StateMachine.builder(ID, STATE)
            .states(ACTIVE, INACTIVE, ERROR).initial(INACTIVE).error(ERROR)
            .on(UP, ACTIVE, INACTIVE)
            .on(DOWN, INACTIVE, ACTIVE, ERROR)
            .build();

    private Network() {}
}
