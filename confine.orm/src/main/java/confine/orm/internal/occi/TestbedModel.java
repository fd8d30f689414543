package confine.orm.internal.occi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import occi.api.Action;
import occi.api.AttributeDefinition;
import occi.api.AttributeType;
import occi.api.Category;
import occi.api.CategoryId;
import occi.api.Core;
import occi.api.Kind;
import occi.api.Mixin;
import occi.infrastructure.Compute;
import occi.infrastructure.Network;
import occi.infrastructure.NetworkInterface;
import occi.infrastructure.Templates;

/**
 * The OCCI categories of one mapped testbed, named after it: every category lives in the
 * scheme {@code http://occi.platform/confine/<name>#} and every location below
 * {@code /<name>/}, so several testbeds are served side by side without clashing.
 * A CONFINE sliver is an OCCI {@code infrastructure#compute} (the infrastructure's kind, not
 * redefined) with this testbed's {@code sliver} mixin for the CONFINE fields, at
 * {@code /<name>/sliver/<id>}; its interfaces are {@code infrastructure#networkinterface} links
 * with this testbed's {@code interface} mixin, to one {@code infrastructure#network} per
 * CONFINE interface type at {@code /<name>/network/<type>}.
 */
final class TestbedModel {

    static final String SCHEME_BASE = "http://occi.platform/confine/";

    final String name;
    final String scheme;
    final String root;
    final Kind node;
    final Kind slice;
    /** The CONFINE fields of a sliver, on an infrastructure compute. */
    final Mixin sliver;
    /** The CONFINE fields of a sliver's interface, on an infrastructure networkinterface link. */
    final Mixin iface;
    final Kind group;
    final Kind island;
    /** Link from a sliver to the node it runs on. */
    final Kind placement;
    /** Link from a sliver to the slice it belongs to. */
    final Kind membership;
    final Action reboot;
    final Action renew;
    final Action reset;
    final Action update;
    final List<Action> sliceStates;
    final List<Action> sliverStates;

    TestbedModel(String name) {
        if (!name.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("a testbed name is lower case letters, digits and '-', not '" + name + "'");
        }
        this.name = name;
        this.scheme = SCHEME_BASE + name + "#";
        this.root = "/" + name + "/";
        reboot = action("node", "reboot", "Reboot the node");
        renew = action("slice", "renew", "Renew the slice for 30 days");
        reset = action("slice", "reset", "Reset every sliver of the slice");
        update = action("sliver", "update", "Update the sliver on its node");
        sliceStates = List.of(action("slice", "register", "Set the slice's state to register"),
                action("slice", "deploy", "Set the slice's state to deploy"),
                action("slice", "start", "Set the slice's state to start"));
        sliverStates = List.of(action("sliver", "register", "Set the sliver's state to register"),
                action("sliver", "deploy", "Set the sliver's state to deploy"),
                action("sliver", "start", "Set the sliver's state to start"));

        node = kind("node", "CONFINE node", Core.RESOURCE.id(), List.of(
                uri("node"),
                text(Fields.NODE_ARCH, "CPU architecture of the node", true),
                AttributeDefinition.builder(Fields.NODE_SET_STATE, AttributeType.ENUM).values("production", "safe", "debug", "failure")
                        .description("the state operators set for the node").build(),
                reference(Fields.NODE_GROUP, "the location of the group that owns the node"),
                reference(Fields.NODE_ISLAND, "the location of the island the node is on"),
                AttributeDefinition.builder(Fields.NODE_BOOT_SN, AttributeType.INTEGER).immutable()
                        .description("boot sequence number, increased by every reboot").build(),
                text(Fields.NODE_MGMT_ADDR, "address of the node in the management network", true)),
                List.of(reboot));
        slice = kind("slice", "CONFINE slice", Core.RESOURCE.id(), List.of(
                uri("slice"),
                AttributeDefinition.builder(Fields.SLICE_SET_STATE, AttributeType.ENUM).values("register", "deploy", "start")
                        .description("the state every sliver of the slice is to reach").build(),
                text(Fields.SLICE_EXPIRES_ON, "date the slice expires on", true),
                AttributeDefinition.builder(Fields.SLICE_VLAN_NR, AttributeType.INTEGER).immutable()
                        .description("VLAN number of the slice").build(),
                reference(Fields.SLICE_GROUP, "the location of the group that owns the slice"),
                text(Fields.SLICE_TEMPLATE, "type id of the slice's template (an os_tpl mixin)", false)),
                concat(List.of(renew, reset), sliceStates));
        sliver = mixin("sliver", "CONFINE sliver", Compute.ID, List.of(
                uri("sliver"),
                AttributeDefinition.builder(Fields.SLIVER_NODE, AttributeType.STRING).required()
                        .description("location of the node the sliver runs on (given once)").build(),
                AttributeDefinition.builder(Fields.SLIVER_SLICE, AttributeType.STRING).required()
                        .description("location of the slice the sliver belongs to (given once)").build(),
                AttributeDefinition.builder(Fields.SLIVER_SET_STATE, AttributeType.ENUM).values("register", "deploy", "start")
                        .description("the sliver's own target state; absent: it follows its slice").build(),
                AttributeDefinition.builder(Fields.SLIVER_INTERFACES, AttributeType.ARRAY)
                        .description("network interfaces: objects with type (private, public4, ...), name, parent; "
                                + "each is also a networkinterface link").build()),
                concat(List.of(update), sliverStates));
        iface = mixin("interface", "Interface of a CONFINE sliver", NetworkInterface.ID, List.of(
                AttributeDefinition.builder(Fields.IFACE_NR, AttributeType.INTEGER).immutable()
                        .description("position of the interface in the sliver's interfaces, from 0").build(),
                text(Fields.IFACE_NAME, "the interface's name in the sliver", true),
                AttributeDefinition.builder(Fields.IFACE_TYPE, AttributeType.ENUM).values(INTERFACE_TYPES.toArray(String[]::new))
                        .immutable().description("CONFINE interface type; the link's target is the network of that type").build(),
                text(Fields.IFACE_PARENT, "name of the parent interface (isolated interfaces)", true)),
                List.of());
        group = kind("group", "CONFINE group", Core.RESOURCE.id(), List.of(uri("group")), List.of());
        island = kind("island", "CONFINE island", Core.RESOURCE.id(), List.of(uri("island")), List.of());
        placement = kind("placement", "Sliver on node", Core.LINK.id(), List.of(), List.of());
        membership = kind("membership", "Sliver in slice", Core.LINK.id(), List.of(), List.of());
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    /** The CONFINE interface types, each a logical network of the testbed. */
    static final List<String> INTERFACE_TYPES = List.of("private", "public4", "public6", "isolated", "debug", "management");

    private Mixin mixin(String term, String title, CategoryId applies, List<AttributeDefinition> attributes, List<Action> actions) {
        return new Mixin(new CategoryId(scheme, term), title, List.of(), List.of(applies),
                Kind.attributes(attributes.toArray(AttributeDefinition[]::new)), actions.stream().map(Action::id).toList(),
                root + term + "/");
    }

    private Kind kind(String term, String title, CategoryId parent, List<AttributeDefinition> attributes, List<Action> actions) {
        return new Kind(new CategoryId(scheme, term), title, parent,
                Kind.attributes(attributes.toArray(AttributeDefinition[]::new)),
                actions.stream().map(Action::id).toList(), root + term + "/");
    }

    private Action action(String kindTerm, String term, String title) {
        return new Action(new CategoryId(SCHEME_BASE + name + "/" + kindTerm + "/action#", term), title, Map.of());
    }

    private static AttributeDefinition uri(String kind) {
        return AttributeDefinition.builder(Fields.URI, AttributeType.STRING).immutable()
                .description("the " + kind + "'s URI in the CONFINE controller").build();
    }

    private static AttributeDefinition text(String name, String description, boolean immutable) {
        AttributeDefinition.Builder b = AttributeDefinition.builder(name, AttributeType.STRING).description(description);
        return immutable ? b.immutable().build() : b.build();
    }

    private static AttributeDefinition reference(String name, String description) {
        return AttributeDefinition.builder(name, AttributeType.STRING).immutable().description(description).build();
    }

    /** The fixed categories: kinds, link kinds and actions (templates come and go, see {@link #template}). */
    List<Category> fixedCategories() {
        List<Category> all = new ArrayList<>(List.of(node, slice, sliver, iface, group, island, placement, membership,
                reboot, renew, reset, update));
        all.addAll(sliceStates);
        all.addAll(sliverStates);
        return all;
    }

    /** The kinds this testbed defines for its resources (slivers are infrastructure computes). */
    List<Kind> resourceKinds() {
        return List.of(node, slice, group, island);
    }

    /** The CONFINE collections served, by the term that names their OCCI locations ({@code /<name>/<term>/<id>}). */
    static final List<String> COLLECTIONS = List.of("node", "slice", "sliver", "group", "island");

    /** Where the resources of a CONFINE collection are: {@code /<name>/<term>/}. */
    String locationOf(String term) {
        return root + term + "/";
    }

    /** The OCCI kind of the resources at {@code /<name>/<term>/}. */
    CategoryId kindOf(String term) {
        return term.equals("sliver") ? Compute.ID
                : resourceKinds().stream().filter(k -> k.id().term().equals(term)).findFirst().orElseThrow().id();
    }

    /** Where the network of an interface type is. */
    String networkLocation(String type) {
        return root + "network/" + type;
    }

    /** Where the slivers' interface links are: {@code /<name>/networkinterface/}. */
    String interfacesLocation() {
        return root + "networkinterface/";
    }

    /** Where a sliver's interface link is: {@code /<name>/networkinterface/<sliver id>-<nr>}. */
    String interfaceLocation(String sliverId, int nr) {
        return interfacesLocation() + sliverId + "-" + nr;
    }

    List<Kind> linkKinds() {
        return List.of(placement, membership);
    }

    /** The term of a CONFINE collection ({@code node} for {@code nodes} ...), if it is served. */
    Optional<String> termOfCollection(String plural) {
        return COLLECTIONS.stream().filter(t -> plural.equals(t + "s")).findFirst();
    }

    /** The OS template a CONFINE template is: a mixin depending on os_tpl, at /<name>/template/<id>/. */
    Mixin template(String id, String title) {
        return Templates.osTemplate(templateId(id), title, root + "template/" + id + "/");
    }

    CategoryId templateId(String id) {
        return new CategoryId(SCHEME_BASE + name + "/template#", "template-" + id.toLowerCase(Locale.ROOT));
    }

    /** Whether a path is one of this testbed's. */
    boolean owns(String location) {
        return location.startsWith(root);
    }
}
