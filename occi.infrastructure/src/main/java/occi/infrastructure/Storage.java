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
 * The storage kind ({@code .../infrastructure#storage}, at {@code /storage/}): a block
 * device.
 *
 * <p>OCCI 1.2 keeps the actions {@code online} and {@code offline} and the states
 * {@code online}, {@code offline} and {@code error}. OCCI 1.1's {@code backup},
 * {@code snapshot} and {@code resize} actions and its {@code backup}, {@code snapshot},
 * {@code resize} and {@code degraded} states were dropped by the 1.2 errata (resizing is
 * an update of {@code occi.storage.size}), but rOCCI-core and ooi still expose them, so
 * they are defined here as legacy: the three busy states are ones a resource manager
 * reports while it works, and no action is applicable in them.
 *
 * <pre>
 * offline --online--> online --offline--> offline; online --backup|snapshot|resize--> online
 * </pre>
 */
public final class Storage {

    public static final String TYPE_ID = Infrastructure.SCHEME + "storage";
    public static final String ACTION_SCHEME = "http://schemas.ogf.org/occi/infrastructure/storage/action#";
    public static final CategoryId ID = CategoryId.parse(TYPE_ID);

    public static final String SIZE = "occi.storage.size";
    public static final String STATE = "occi.storage.state";
    public static final String STATE_MESSAGE = "occi.storage.state.message";

    public static final String ONLINE = "online";
    public static final String OFFLINE = "offline";
    public static final String ERROR = "error";
    /** OCCI 1.1 legacy state: a backup is being taken. */
    public static final String BACKUP_STATE = "backup";
    /** OCCI 1.1 legacy state: a snapshot is being taken. */
    public static final String SNAPSHOT_STATE = "snapshot";
    /** OCCI 1.1 legacy state: the storage is being resized. */
    public static final String RESIZE_STATE = "resize";
    /** OCCI 1.1 legacy state: online with reduced redundancy or performance. */
    public static final String DEGRADED = "degraded";

    /** The attribute of resize: the new size in GiB. */
    public static final String RESIZE_SIZE = "size";

    public static final Action ONLINE_ACTION = new Action(new CategoryId(ACTION_SCHEME, "online"), "Bring the storage online", Map.of());
    public static final Action OFFLINE_ACTION = new Action(new CategoryId(ACTION_SCHEME, "offline"), "Take the storage offline", Map.of());
    /** OCCI 1.1 legacy action, kept for rOCCI and ooi clients. */
    public static final Action BACKUP = new Action(new CategoryId(ACTION_SCHEME, "backup"), "Back the storage up (OCCI 1.1)", Map.of());
    /** OCCI 1.1 legacy action, kept for rOCCI and ooi clients. */
    public static final Action SNAPSHOT = new Action(new CategoryId(ACTION_SCHEME, "snapshot"), "Take a snapshot of the storage (OCCI 1.1)", Map.of());
    /** OCCI 1.1 legacy action, kept for rOCCI and ooi clients; 1.2 resizes by updating occi.storage.size. */
    public static final Action RESIZE = new Action(new CategoryId(ACTION_SCHEME, "resize"), "Resize the storage (OCCI 1.1)", Kind.attributes(
            AttributeDefinition.builder(RESIZE_SIZE, AttributeType.NUMBER).required().pattern(Patterns.POSITIVE_NUMBER)
                    .description("the new size in GiB").build()));

    public static final List<Action> ACTIONS = List.of(ONLINE_ACTION, OFFLINE_ACTION, BACKUP, SNAPSHOT, RESIZE);

    public static final Kind KIND = new Kind(ID, "Storage Resource", Core.RESOURCE.id(), Kind.attributes(
            AttributeDefinition.builder(SIZE, AttributeType.NUMBER).required().pattern(Patterns.POSITIVE_NUMBER)
                    .description("storage size of the instance, in GiB").build(),
            AttributeDefinition.builder(STATE, AttributeType.ENUM)
                    .values(ONLINE, OFFLINE, ERROR, BACKUP_STATE, SNAPSHOT_STATE, RESIZE_STATE, DEGRADED)
                    .immutable().required().defaultValue(OFFLINE).description("current state of the instance").build(),
            AttributeDefinition.builder(STATE_MESSAGE, AttributeType.STRING).immutable()
                    .description("human-readable explanation of the current state").build()),
            ACTIONS.stream().map(Action::id).toList(), "/storage/");

    public static final StateMachine STATES = StateMachine.builder(ID, STATE)
            .states(ONLINE, OFFLINE, ERROR, BACKUP_STATE, SNAPSHOT_STATE, RESIZE_STATE, DEGRADED).initial(OFFLINE).error(ERROR)
            .on(ONLINE_ACTION, ONLINE, OFFLINE, DEGRADED)
            .on(OFFLINE_ACTION, OFFLINE, ONLINE, ERROR, DEGRADED)
            .keeping(BACKUP, ONLINE)
            .keeping(SNAPSHOT, ONLINE)
            .keeping(RESIZE, ONLINE, OFFLINE)
            .build();

    private Storage() {}
}
