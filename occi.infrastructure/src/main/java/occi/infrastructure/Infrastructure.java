package occi.infrastructure;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import occi.api.Action;
import occi.api.Category;
import occi.api.CategoryId;
import occi.api.Kind;
import occi.api.Mixin;

/**
 * The OCCI 1.2 infrastructure model (GFD.224) in one place: the identifiers of its kinds
 * and mixins, every category as the server lists it, and the state tables. The
 * definitions themselves live in one class per kind or mixin ({@link Compute},
 * {@link Network}, {@link Storage}, {@link NetworkInterface}, {@link StorageLink},
 * {@link IpNetwork}, {@link IpNetworkInterface}, {@link Templates}, {@link Credentials},
 * {@link Contextualization}).
 *
 * <p>The classes per kind refer to this one only through its compile-time constants, so
 * any of them can be loaded first.
 *
 * <pre>
 * Resource vm = Resource.of("/compute/", Infrastructure.COMPUTE);
 * StateMachine machine = Infrastructure.stateMachine(vm.kind()).orElseThrow();
 * </pre>
 *
 * <p><b>Two schemes for two mixins.</b> The 2015 draft put {@code ssh_key} under
 * {@code http://schemas.ogf.org/occi/credentials#} and {@code user_data} under
 * {@code http://schemas.ogf.org/occi/compute#}; rOCCI-core and ooi, the deployed 1.2
 * implementations, use {@code .../occi/infrastructure/credentials#} and
 * {@code .../occi/infrastructure/compute#}. Both are registered, so a client using either
 * is understood; the implementations' ids are canonical ({@link #SSH_KEY},
 * {@link #USER_DATA}) and the draft ids ({@link #SSH_KEY_DRAFT}, {@link #USER_DATA_DRAFT})
 * are aliases that the model backend replaces by the canonical id when they are applied
 * (see {@link #canonical(CategoryId)}).
 */
public final class Infrastructure {

    /** The scheme of the infrastructure kinds and of the template parents. */
    public static final String SCHEME = "http://schemas.ogf.org/occi/infrastructure#";

    public static final CategoryId COMPUTE = Compute.ID;
    public static final CategoryId NETWORK = Network.ID;
    public static final CategoryId STORAGE = Storage.ID;
    public static final CategoryId NETWORKINTERFACE = NetworkInterface.ID;
    public static final CategoryId STORAGELINK = StorageLink.ID;

    public static final CategoryId IPNETWORK = IpNetwork.MIXIN.id();
    public static final CategoryId IPNETWORKINTERFACE = IpNetworkInterface.MIXIN.id();
    public static final CategoryId OS_TPL = Templates.OS_TPL.id();
    public static final CategoryId RESOURCE_TPL = Templates.RESOURCE_TPL.id();
    public static final CategoryId SSH_KEY = Credentials.SSH_KEY.id();
    public static final CategoryId SSH_KEY_DRAFT = Credentials.SSH_KEY_DRAFT.id();
    public static final CategoryId USER_DATA = Contextualization.USER_DATA.id();
    public static final CategoryId USER_DATA_DRAFT = Contextualization.USER_DATA_DRAFT.id();

    /** The five kinds: three resources, then two links. */
    public static final List<Kind> KINDS = List.of(Compute.KIND, Network.KIND, Storage.KIND,
            NetworkInterface.KIND, StorageLink.KIND);

    /** The standard mixins, draft aliases included; provider templates are added by resource managers. */
    public static final List<Mixin> MIXINS = List.of(IpNetwork.MIXIN, IpNetworkInterface.MIXIN,
            Templates.OS_TPL, Templates.RESOURCE_TPL, Credentials.SSH_KEY, Credentials.SSH_KEY_DRAFT,
            Contextualization.USER_DATA, Contextualization.USER_DATA_DRAFT);

    /** Every action of every kind. */
    public static final List<Action> ACTIONS = Stream.of(Compute.ACTIONS, Network.ACTIONS, Storage.ACTIONS,
            NetworkInterface.ACTIONS, StorageLink.ACTIONS).flatMap(List::stream).toList();

    /** The whole model: kinds, mixins, actions. */
    public static final List<Category> CATEGORIES = Stream.of(KINDS, MIXINS, ACTIONS)
            .<Category>flatMap(List::stream).toList();

    /** The state table of each kind. */
    public static final List<StateMachine> STATE_MACHINES = List.of(Compute.STATES, Network.STATES, Storage.STATES,
            NetworkInterface.STATES, StorageLink.STATES);

    private static final Map<CategoryId, StateMachine> MACHINE_BY_KIND = STATE_MACHINES.stream()
            .collect(Collectors.toUnmodifiableMap(StateMachine::kind, Function.identity()));

    private static final Map<CategoryId, StateMachine> MACHINE_BY_ACTION = STATE_MACHINES.stream()
            .flatMap(machine -> machine.actions().stream().map(action -> Map.entry(action, machine)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private static final Map<CategoryId, Category> BY_ID = CATEGORIES.stream()
            .collect(Collectors.toUnmodifiableMap(Category::id, Function.identity()));

    private static final Map<CategoryId, CategoryId> ALIASES = Map.of(SSH_KEY_DRAFT, SSH_KEY, USER_DATA_DRAFT, USER_DATA);

    private Infrastructure() {}

    /** A category of the model by its id (draft aliases included). */
    public static Optional<Category> category(CategoryId id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /** The state table of a kind of the model. */
    public static Optional<StateMachine> stateMachine(CategoryId kind) {
        return Optional.ofNullable(MACHINE_BY_KIND.get(kind));
    }

    /**
     * The state table that governs an action. Looking up by action rather than by the
     * entity's kind also serves kinds that inherit the action from an infrastructure kind
     * (a provider kind whose parent is compute).
     */
    public static Optional<StateMachine> stateMachineOf(CategoryId action) {
        return Optional.ofNullable(MACHINE_BY_ACTION.get(action));
    }

    /** The canonical id of a category: the implementations' id for a draft alias, the id itself otherwise. */
    public static CategoryId canonical(CategoryId id) {
        return ALIASES.getOrDefault(id, id);
    }

    /** Whether the id is one of the draft's aliases. */
    public static boolean isDraftAlias(CategoryId id) {
        return ALIASES.containsKey(id);
    }
}
