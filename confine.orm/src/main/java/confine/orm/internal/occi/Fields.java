package confine.orm.internal.occi;

/** The OCCI attribute names of CONFINE fields. */
final class Fields {

    static final String URI = "confine.uri";
    static final String NODE_ARCH = "confine.node.arch";
    static final String NODE_SET_STATE = "confine.node.set_state";
    static final String NODE_GROUP = "confine.node.group";
    static final String NODE_ISLAND = "confine.node.island";
    static final String NODE_BOOT_SN = "confine.node.boot_sn";
    static final String NODE_MGMT_ADDR = "confine.node.mgmt_net.addr";
    static final String SLICE_SET_STATE = "confine.slice.set_state";
    static final String SLICE_EXPIRES_ON = "confine.slice.expires_on";
    static final String SLICE_VLAN_NR = "confine.slice.vlan_nr";
    static final String SLICE_GROUP = "confine.slice.group";
    static final String SLICE_TEMPLATE = "confine.slice.template";
    static final String SLIVER_NODE = "confine.sliver.node";
    static final String SLIVER_SLICE = "confine.sliver.slice";
    static final String SLIVER_SET_STATE = "confine.sliver.set_state";
    static final String SLIVER_INTERFACES = "confine.sliver.interfaces";
    static final String IFACE_NR = "confine.interface.nr";
    static final String IFACE_NAME = "confine.interface.name";
    static final String IFACE_TYPE = "confine.interface.type";
    static final String IFACE_PARENT = "confine.interface.parent";

    private Fields() {}
}
