package confine.controller.internal;

import static confine.controller.internal.Kind.CONTROLLER_REL;
import static confine.controller.internal.Kind.SERVER_REL;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The kinds of the CONFINE API reference, in the order the base resource lists them. */
public final class Kinds {

    public static final List<String> NODE_ARCHS = List.of("x86_64", "i586", "i686");
    public static final List<String> TEMPLATE_TYPES = List.of("debian", "openwrt");
    public static final List<String> IFACE_TYPES = List.of("private", "public4", "public6", "isolated", "debug", "management");

    private Kinds() {}

    public static List<Kind> standard() {
        return List.of(node(), slice(), sliver(), template(), user(), group(), island(), server());
    }

    static Kind node() {
        return new Kind("node", "nodes", SERVER_REL, false, true, defaults("""
                {"id": null, "uri": null, "name": "", "description": "", "arch": "x86_64", "set_state": "debug",
                 "group": null, "island": null, "mgmt_net": null, "properties": {}, "slivers": [],
                 "direct_ifaces": [], "cert": null, "boot_sn": 0, "local_iface": "eth0",
                 "priv_ipv4_prefix": null, "sliver_pub_ipv4": "dhcp", "sliver_pub_ipv4_range": "#8",
                 "sliver_pub_ipv6": "none", "sliver_mac_prefix": null}"""),
                Set.of("id", "uri", "slivers", "mgmt_net", "cert", "boot_sn"), Set.of("group"),
                Set.of("name", "arch", "group"), Map.of("group", "groups", "island", "islands"),
                List.of(new Kind.Action("reboot", SERVER_REL + "do-reboot"),
                        new Kind.Action("request-api-cert", CONTROLLER_REL + "do-request-api-cert")));
    }

    static Kind slice() {
        return new Kind("slice", "slices", SERVER_REL, false, true, defaults("""
                {"id": null, "uri": null, "name": "", "description": "", "group": null, "set_state": "register",
                 "expires_on": null, "vlan_nr": null, "template": null, "properties": {},
                 "exp_data_uri": "", "exp_data_sha256": "", "overlay_uri": "", "overlay_sha256": "", "slivers": []}"""),
                Set.of("id", "uri", "slivers", "expires_on"), Set.of("group"), Set.of("name", "group", "template"),
                Map.of("group", "groups", "template", "templates"),
                List.of(new Kind.Action("renew", SERVER_REL + "do-renew"),
                        new Kind.Action("reset", SERVER_REL + "do-reset"),
                        new Kind.Action("upload-overlay", CONTROLLER_REL + "do-upload-overlay"),
                        new Kind.Action("upload-exp-data", CONTROLLER_REL + "do-upload-exp-data")));
    }

    static Kind sliver() {
        return new Kind("sliver", "slivers", SERVER_REL, false, true, defaults("""
                {"id": null, "uri": null, "slice": null, "node": null, "description": "", "set_state": null,
                 "template": null, "interfaces": [{"type": "private", "name": "priv", "parent": null}],
                 "properties": {}, "exp_data_uri": "", "exp_data_sha256": "", "overlay_uri": "", "overlay_sha256": ""}"""),
                Set.of("id", "uri"), Set.of("slice", "node"), Set.of("slice", "node"),
                Map.of("slice", "slices", "node", "nodes", "template", "templates"),
                List.of(new Kind.Action("update", SERVER_REL + "do-update"),
                        new Kind.Action("upload-overlay", CONTROLLER_REL + "do-upload-overlay"),
                        new Kind.Action("upload-exp-data", CONTROLLER_REL + "do-upload-exp-data")));
    }

    static Kind template() {
        return new Kind("template", "templates", SERVER_REL, false, true, defaults("""
                {"id": null, "uri": null, "name": "", "description": "", "type": "debian", "node_archs": [],
                 "is_active": true, "image_uri": "", "image_sha256": ""}"""),
                Set.of("id", "uri", "image_sha256"), Set.of(), Set.of("name", "type", "node_archs"), Map.of(),
                List.of(new Kind.Action("upload-image", CONTROLLER_REL + "do-upload-image")));
    }

    static Kind user() {
        return new Kind("user", "users", SERVER_REL, false, true, defaults("""
                {"id": null, "uri": null, "name": "", "email": "", "description": "", "is_active": true,
                 "is_superuser": false, "group_roles": []}"""),
                Set.of("id", "uri", "group_roles"), Set.of(), Set.of("name"), Map.of(),
                List.of(new Kind.Action("change-auth", CONTROLLER_REL + "do-change-auth")));
    }

    static Kind group() {
        return new Kind("group", "groups", SERVER_REL, false, true, defaults("""
                {"id": null, "uri": null, "name": "", "description": "", "allow_nodes": false,
                 "allow_slices": false, "user_roles": []}"""),
                Set.of("id", "uri"), Set.of(), Set.of("name"), Map.of(), List.of());
    }

    static Kind island() {
        return new Kind("island", "islands", SERVER_REL, false, true, defaults("""
                {"id": null, "uri": null, "name": "", "description": ""}"""),
                Set.of("id", "uri"), Set.of(), Set.of("name"), Map.of(), List.of());
    }

    static Kind server() {
        return new Kind("server", "server", SERVER_REL, true, true, defaults("""
                {"uri": null, "name": "", "description": "", "mgmt_net": null, "properties": {}}"""),
                Set.of("uri", "mgmt_net"), Set.of(), Set.of(), Map.of(), List.of());
    }

    private static ObjectNode defaults(String json) {
        try {
            return (ObjectNode) Json.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
