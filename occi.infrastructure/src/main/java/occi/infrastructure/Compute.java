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
 * The compute kind ({@code .../infrastructure#compute}, at {@code /compute/}): an
 * information processing resource, a virtual machine or a container; its attributes,
 * its actions and their attributes, and its state table.
 *
 * <pre>
 * inactive --start--> active --suspend--> suspended --start--> active
 * active --stop--> inactive, active --restart--> active, active|inactive --save--> (same)
 * </pre>
 */
public final class Compute {

    /** The kind's type id, a compile-time constant for annotations such as {@code @Drives}. */
    public static final String TYPE_ID = Infrastructure.SCHEME + "compute";
    /** The scheme of compute's actions. */
    public static final String ACTION_SCHEME = "http://schemas.ogf.org/occi/infrastructure/compute/action#";
    public static final CategoryId ID = CategoryId.parse(TYPE_ID);

    public static final String ARCHITECTURE = "occi.compute.architecture";
    public static final String CORES = "occi.compute.cores";
    public static final String HOSTNAME = "occi.compute.hostname";
    public static final String SHARE = "occi.compute.share";
    public static final String SPEED = "occi.compute.speed";
    public static final String MEMORY = "occi.compute.memory";
    public static final String STATE = "occi.compute.state";
    public static final String STATE_MESSAGE = "occi.compute.state.message";

    public static final String X86 = "x86";
    public static final String X64 = "x64";

    public static final String ACTIVE = "active";
    public static final String INACTIVE = "inactive";
    public static final String SUSPENDED = "suspended";
    public static final String ERROR = "error";

    /** The attribute of stop, restart, suspend and save choosing how. */
    public static final String METHOD = "method";
    /** The attribute of save naming the image. */
    public static final String NAME = "name";

    public static final Action START = new Action(new CategoryId(ACTION_SCHEME, "start"), "Start the compute", Map.of());
    public static final Action STOP = new Action(new CategoryId(ACTION_SCHEME, "stop"), "Stop the compute", Kind.attributes(
            AttributeDefinition.builder(METHOD, AttributeType.ENUM).values("graceful", "acpioff", "poweroff")
                    .defaultValue("graceful").description("how to stop: graceful shutdown, ACPI power-off, or cut the power").build()));
    public static final Action RESTART = new Action(new CategoryId(ACTION_SCHEME, "restart"), "Restart the compute", Kind.attributes(
            AttributeDefinition.builder(METHOD, AttributeType.ENUM).values("graceful", "warm", "cold")
                    .defaultValue("graceful").description("how to restart: graceful, warm or cold reboot").build()));
    public static final Action SUSPEND = new Action(new CategoryId(ACTION_SCHEME, "suspend"), "Suspend the compute", Kind.attributes(
            AttributeDefinition.builder(METHOD, AttributeType.ENUM).values("hibernate", "suspend")
                    .defaultValue("suspend").description("hibernate (memory to disk) or suspend (memory kept)").build()));
    public static final Action SAVE = new Action(new CategoryId(ACTION_SCHEME, "save"), "Save the compute's disk as an image", Kind.attributes(
            AttributeDefinition.builder(METHOD, AttributeType.ENUM).values("hot", "deferred")
                    .defaultValue("hot").description("save now (hot) or when the compute stops (deferred)").build(),
            AttributeDefinition.builder(NAME, AttributeType.STRING).description("name of the image to save as").build()));

    public static final List<Action> ACTIONS = List.of(START, STOP, RESTART, SUSPEND, SAVE);

    public static final Kind KIND = new Kind(ID, "Compute Resource", Core.RESOURCE.id(), Kind.attributes(
            AttributeDefinition.builder(ARCHITECTURE, AttributeType.ENUM).values(X86, X64)
                    .description("CPU architecture of the instance").build(),
            AttributeDefinition.builder(CORES, AttributeType.INTEGER).pattern(Patterns.POSITIVE_INTEGER)
                    .description("number of CPU cores assigned to the instance").build(),
            AttributeDefinition.builder(HOSTNAME, AttributeType.STRING).pattern(Patterns.HOSTNAME)
                    .description("fully qualified DNS host name of the instance").build(),
            AttributeDefinition.builder(SHARE, AttributeType.INTEGER).pattern(Patterns.NON_NEGATIVE_INTEGER)
                    .description("relative number of CPU shares of the instance").build(),
            AttributeDefinition.builder(SPEED, AttributeType.NUMBER).pattern(Patterns.POSITIVE_NUMBER)
                    .description("CPU clock frequency in GHz").build(),
            AttributeDefinition.builder(MEMORY, AttributeType.NUMBER).pattern(Patterns.POSITIVE_NUMBER)
                    .description("maximum RAM allocated to the instance, in GiB").build(),
            AttributeDefinition.builder(STATE, AttributeType.ENUM).values(ACTIVE, INACTIVE, SUSPENDED, ERROR)
                    .immutable().required().defaultValue(INACTIVE).description("current state of the instance").build(),
            AttributeDefinition.builder(STATE_MESSAGE, AttributeType.STRING).immutable()
                    .description("human-readable explanation of the current state").build()),
            ACTIONS.stream().map(Action::id).toList(), "/compute/");

    public static final StateMachine STATES = StateMachine.builder(ID, STATE)
            .states(ACTIVE, INACTIVE, SUSPENDED, ERROR).initial(INACTIVE).error(ERROR)
            .on(START, ACTIVE, INACTIVE, SUSPENDED)
            .on(STOP, INACTIVE, ACTIVE, SUSPENDED, ERROR)
            .on(RESTART, ACTIVE, ACTIVE, ERROR)
            .on(SUSPEND, SUSPENDED, ACTIVE)
            .keeping(SAVE, ACTIVE, INACTIVE)
            .build();

    private Compute() {}
}
