package confine.orm.internal.occi;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import occi.api.CategoryId;
import occi.api.Link;
import occi.api.Resource;
import occi.infrastructure.Compute;
import occi.infrastructure.Network;
import occi.infrastructure.NetworkInterface;

/**
 * Turns CONFINE representations into OCCI entities (see the README's mapping table). Pure:
 * what it needs besides the representation (a slice's state, for a sliver that follows it)
 * comes through a function.
 */
final class EntityMapping {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestbedModel model;
    private final Locations locations;

    EntityMapping(TestbedModel model, Locations locations) {
        this.model = model;
        this.locations = locations;
    }

    /**
     * The OCCI resource for a CONFINE resource of a mapped kind.
     *
     * @param sliceState the {@code set_state} of a slice by its URI (a sliver without a state of its own follows it)
     */
    Optional<Resource> resource(JsonNode json, Function<URI, Optional<String>> sliceState) {
        URI uri = URI.create(json.path("uri").asText());
        Optional<String> location = locations.location(uri);
        if (location.isEmpty()) {
            return Optional.empty();
        }
        String term = locations.termAt(location.get()).orElseThrow();
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put(Fields.URI, uri.toString());
        List<CategoryId> mixins = new ArrayList<>();
        String title = text(json, "name");
        switch (term) {
            case "node" -> {
                put(attributes, Fields.NODE_ARCH, text(json, "arch"));
                put(attributes, Fields.NODE_SET_STATE, text(json, "set_state"));
                put(attributes, Fields.NODE_GROUP, reference(json, "group"));
                put(attributes, Fields.NODE_ISLAND, reference(json, "island"));
                if (json.path("boot_sn").isIntegralNumber()) {
                    attributes.put(Fields.NODE_BOOT_SN, json.path("boot_sn").asLong());
                }
                put(attributes, Fields.NODE_MGMT_ADDR, text(json.path("mgmt_net"), "addr"));
            }
            case "slice" -> {
                put(attributes, Fields.SLICE_SET_STATE, text(json, "set_state"));
                put(attributes, Fields.SLICE_EXPIRES_ON, text(json, "expires_on"));
                if (json.path("vlan_nr").isIntegralNumber()) {
                    attributes.put(Fields.SLICE_VLAN_NR, json.path("vlan_nr").asLong());
                }
                put(attributes, Fields.SLICE_GROUP, reference(json, "group"));
                templateOf(json).ifPresent(t -> attributes.put(Fields.SLICE_TEMPLATE, t.toString()));
            }
            case "sliver" -> {
                title = "sliver " + Locations.id(uri);
                mixins.add(model.sliver.id());
                put(attributes, Fields.SLIVER_NODE, reference(json, "node"));
                put(attributes, Fields.SLIVER_SLICE, reference(json, "slice"));
                String own = text(json, "set_state");
                put(attributes, Fields.SLIVER_SET_STATE, own);
                JsonNode interfaces = json.path("interfaces");
                if (interfaces.isArray()) {
                    attributes.put(Fields.SLIVER_INTERFACES, JSON.convertValue(withoutNulls(interfaces), new TypeReference<List<Object>>() {}));
                }
                Optional<String> effective = Optional.ofNullable(own).or(() -> referenceUri(json, "slice").flatMap(sliceState));
                attributes.put(Compute.STATE, computeState(effective.orElse(null)));
                attributes.put(Compute.STATE_MESSAGE, effective.map(s -> "CONFINE state " + s + (own == null ? " (the slice's)" : ""))
                        .orElse("CONFINE state unknown"));
                templateOf(json).ifPresent(mixins::add);
            }
            default -> {
                // group, island: name and description only
            }
        }
        String summary = text(json, "description");
        long version = Integer.toUnsignedLong(json.hashCode() * 31 + attributes.hashCode()) + 1;
        return Optional.of(new Resource(uri.toString(), location.get(), model.kindOf(term), mixins, attributes, title,
                summary == null || summary.isEmpty() ? null : summary, version));
    }

    /**
     * The links a sliver has: to its node (placement), to its slice (membership), and one
     * networkinterface per interface, to the network of the interface's type.
     */
    List<Link> links(Resource sliver) {
        List<Link> links = new ArrayList<>();
        String id = sliver.location().substring(model.locationOf("sliver").length());
        Object node = sliver.attributes().get(Fields.SLIVER_NODE);
        Object slice = sliver.attributes().get(Fields.SLIVER_SLICE);
        if (node != null) {
            links.add(new Link(sliver.id() + "#node", model.placement.location() + id, model.placement.id(), List.of(), Map.of(),
                    null, sliver.location(), node.toString(), model.node.id(), sliver.version()));
        }
        if (slice != null) {
            links.add(new Link(sliver.id() + "#slice", model.membership.location() + id, model.membership.id(), List.of(), Map.of(),
                    null, sliver.location(), slice.toString(), model.slice.id(), sliver.version()));
        }
        if (sliver.attributes().get(Fields.SLIVER_INTERFACES) instanceof List<?> interfaces) {
            String state = Compute.ACTIVE.equals(sliver.attributes().get(Compute.STATE)) ? NetworkInterface.ACTIVE : NetworkInterface.INACTIVE;
            for (int nr = 0; nr < interfaces.size(); nr++) {
                if (interfaces.get(nr) instanceof Map<?, ?> iface && iface.get("type") instanceof String type
                        && TestbedModel.INTERFACE_TYPES.contains(type)) {
                    Map<String, Object> attributes = new LinkedHashMap<>();
                    attributes.put(Fields.IFACE_NR, (long) nr);
                    put(attributes, Fields.IFACE_NAME, iface.get("name"));
                    attributes.put(Fields.IFACE_TYPE, type);
                    put(attributes, Fields.IFACE_PARENT, iface.get("parent"));
                    put(attributes, NetworkInterface.INTERFACE, iface.get("name"));
                    attributes.put(NetworkInterface.STATE, state);
                    links.add(new Link(sliver.id() + "#interface-" + nr, model.interfaceLocation(id, nr), NetworkInterface.ID,
                            List.of(model.iface.id()), attributes, iface.get("name") instanceof String name ? name : null,
                            sliver.location(), model.networkLocation(type), Network.ID, sliver.version()));
                }
            }
        }
        return links;
    }

    /** The testbed's logical networks, one per CONFINE interface type: what a sliver's interfaces lead to. */
    List<Resource> networks() {
        return TestbedModel.INTERFACE_TYPES.stream().map(type -> new Resource(model.networkLocation(type), model.networkLocation(type),
                Network.ID, List.of(), Map.<String, Object>of(Network.LABEL, type, Network.STATE, Network.ACTIVE,
                        Network.STATE_MESSAGE, "the CONFINE " + type + " network of every node of testbed " + model.name),
                "CONFINE " + type + " network", null, 1)).toList();
    }

    /** A CONFINE state as a compute state: a started sliver is active, a registered or deployed one inactive. */
    static String computeState(String confineState) {
        if (confineState == null) {
            return Compute.INACTIVE;
        }
        return switch (confineState) {
            case "start" -> Compute.ACTIVE;
            case "register", "deploy" -> Compute.INACTIVE;
            default -> Compute.ERROR;
        };
    }

    /** The CONFINE state a compute state asks for (compute start and stop through the infrastructure actions). */
    static Optional<String> confineState(String computeState) {
        return switch (computeState) {
            case Compute.ACTIVE -> Optional.of("start");
            case Compute.INACTIVE -> Optional.of("deploy");
            default -> Optional.empty();
        };
    }

    private Optional<CategoryId> templateOf(JsonNode json) {
        return referenceUri(json, "template").map(t -> model.templateId(Locations.id(t)));
    }

    private String reference(JsonNode json, String field) {
        return referenceUri(json, field).flatMap(locations::location).orElse(null);
    }

    static Optional<URI> referenceUri(JsonNode json, String field) {
        JsonNode uri = json.path(field).path("uri");
        return uri.isTextual() ? Optional.of(URI.create(uri.asText())) : Optional.empty();
    }

    /** A copy without null members: an OCCI value has no nulls (an absent member means the same in CONFINE). */
    private static JsonNode withoutNulls(JsonNode json) {
        JsonNode copy = json.deepCopy();
        prune(copy);
        return copy;
    }

    private static void prune(JsonNode json) {
        if (json instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
            List<String> nulls = new ArrayList<>();
            object.fields().forEachRemaining(e -> {
                if (e.getValue().isNull()) {
                    nulls.add(e.getKey());
                } else {
                    prune(e.getValue());
                }
            });
            object.remove(nulls);
        } else if (json.isArray()) {
            json.forEach(EntityMapping::prune);
        }
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }

    private static void put(Map<String, Object> attributes, String name, Object value) {
        if (value != null) {
            attributes.put(name, value);
        }
    }
}
