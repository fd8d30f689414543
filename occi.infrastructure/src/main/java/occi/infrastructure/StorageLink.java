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
 * The storagelink link kind ({@code .../infrastructure#storagelink}, at
 * {@code /storagelink/}): attaches a {@link Storage} (target) to a {@link Compute}
 * (source). Its actions ({@code online}, {@code offline}) are rOCCI-core's.
 *
 * <p>{@code deviceid} has multiplicity 1 in the specification but is normally assigned
 * by the resource manager, so its definition is not {@code required}; a driver fills it
 * on create when the client gives none.
 */
public final class StorageLink {

    public static final String TYPE_ID = Infrastructure.SCHEME + "storagelink";
    public static final String ACTION_SCHEME = "http://schemas.ogf.org/occi/infrastructure/storagelink/action#";
    public static final CategoryId ID = CategoryId.parse(TYPE_ID);

    /** The kind of resource a storagelink starts from. */
    public static final CategoryId SOURCE_KIND = Compute.ID;
    /** The kind of resource a storagelink leads to. */
    public static final CategoryId TARGET_KIND = Storage.ID;

    public static final String DEVICEID = "occi.storagelink.deviceid";
    public static final String MOUNTPOINT = "occi.storagelink.mountpoint";
    public static final String STATE = "occi.storagelink.state";
    public static final String STATE_MESSAGE = "occi.storagelink.state.message";

    public static final String ACTIVE = "active";
    public static final String INACTIVE = "inactive";
    public static final String ERROR = "error";

    public static final Action ONLINE = new Action(new CategoryId(ACTION_SCHEME, "online"), "Attach the storage", Map.of());
    public static final Action OFFLINE = new Action(new CategoryId(ACTION_SCHEME, "offline"), "Detach the storage", Map.of());

    public static final List<Action> ACTIONS = List.of(ONLINE, OFFLINE);

    public static final Kind KIND = new Kind(ID, "StorageLink Link", Core.LINK.id(), Kind.attributes(
            AttributeDefinition.builder(DEVICEID, AttributeType.STRING)
                    .description("device identifier as the provider defines it (a CDMI object id for CDMI storage)").build(),
            AttributeDefinition.builder(MOUNTPOINT, AttributeType.STRING)
                    .description("where the storage is mounted in the guest operating system").build(),
            AttributeDefinition.builder(STATE, AttributeType.ENUM).values(ACTIVE, INACTIVE, ERROR)
                    .immutable().required().defaultValue(INACTIVE).description("current state of the instance").build(),
            AttributeDefinition.builder(STATE_MESSAGE, AttributeType.STRING).immutable()
                    .description("human-readable explanation of the current state").build()),
            ACTIONS.stream().map(Action::id).toList(), "/storagelink/");

    public static final StateMachine STATES = StateMachine.builder(ID, STATE)
            .states(ACTIVE, INACTIVE, ERROR).initial(INACTIVE).error(ERROR)
            .on(ONLINE, ACTIVE, INACTIVE)
            .on(OFFLINE, INACTIVE, ACTIVE, ERROR)
            .build();

    private StorageLink() {}
}
