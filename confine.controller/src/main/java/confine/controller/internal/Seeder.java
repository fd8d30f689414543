package confine.controller.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import confine.controller.Seed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Fills a store: the sample documents of the API reference (the bundle's resources
 * {@code fixtures/*.json}, copied from the reference's samples), two users with known passwords, the server, and on
 * request a generated testbed.
 */
public final class Seeder {

    /** The base URL the sample documents were written against. */
    static final String FIXTURE_BASE = "http://127.0.0.1:8080/confine/api/";
    public static final String LABEL = "Local CONFINE controller: a development testbed kept in memory, seeded with sample data. Not a real testbed.";
    /** The sample user (a group, node and slice admin of group vct) and its password. */
    public static final String USER = "vct";
    public static final String USER_PASSWORD = "vct";
    /** A superuser and its password. */
    public static final String SUPERUSER = "admin";
    public static final String SUPERUSER_PASSWORD = "admin";

    private static final List<String> ARCHS = List.of("i686", "x86_64");
    private static final List<String> NODE_STATES = List.of("production", "safe", "debug", "failure");

    private Seeder() {}

    /** Forgets what {@code store} holds and seeds it. */
    public static void seed(Store store, Seed seed) {
        store.write(() -> {
            store.clear();
            Kinds.standard().forEach(store::addKind);
            ObjectNode base = fixture("base");
            base.put("description", LABEL);
            store.base(base);
            for (Kind kind : Kinds.standard()) {
                if (!kind.singleton()) {
                    ObjectNode doc = fixture(kind.name());
                    store.put(kind.plural(), doc.path("id").asLong(), doc);
                }
            }
            store.seedPassword(store.userNamed(USER).orElseThrow().path("id").asLong(), USER, USER_PASSWORD);
            long admin = store.nextId("users");
            store.put("users", admin, Json.object().put("name", SUPERUSER).put("email", SUPERUSER + "@localhost")
                    .put("description", "Superuser of the local development testbed")
                    .put("is_active", true).put("is_superuser", true));
            store.seedPassword(admin, SUPERUSER, SUPERUSER_PASSWORD);
            store.put("server", Resources.SINGLETON_ID, server());
            generate(store, seed.nodes(), seed.slices(), seed.sliversPerSlice());
        });
    }

    /**
     * Adds {@code nodes} nodes and {@code slices} slices to the first group, and
     * {@code sliversPerSlice} slivers to each new slice, on consecutive nodes (at most one per node).
     */
    public static void generate(Store store, int nodes, int slices, int sliversPerSlice) {
        store.write(() -> {
            ObjectNode group = store.all("groups").stream().findFirst()
                    .orElseThrow(() -> new IllegalStateException("a generated testbed needs a group"));
            ObjectNode template = store.all("templates").stream().findFirst()
                    .orElseThrow(() -> new IllegalStateException("a generated testbed needs a template"));
            long groupId = group.path("id").asLong();
            for (int i = 0; i < nodes; i++) {
                long id = store.nextId("nodes");
                ObjectNode node = Kinds.node().defaults().deepCopy();
                node.put("name", "node-" + id).put("arch", ARCHS.get(i % ARCHS.size()))
                        .put("set_state", NODE_STATES.get(i % NODE_STATES.size()))
                        .<ObjectNode>set("group", Json.ref("groups", groupId))
                        .set("mgmt_net", Resources.mgmtNet(id));
                store.put("nodes", id, node);
            }
            List<Long> nodeIds = store.all("nodes").stream().map(n -> n.path("id").asLong()).toList();
            int perSlice = Math.min(sliversPerSlice, nodeIds.size());
            int sliver = 0;
            for (int i = 0; i < slices; i++) {
                long id = store.nextId("slices");
                ObjectNode slice = Kinds.slice().defaults().deepCopy();
                slice.put("name", "slice-" + id).put("set_state", States.SLICE.get(i % States.SLICE.size()))
                        .put("expires_on", Resources.expiry().toString())
                        .<ObjectNode>set("group", Json.ref("groups", groupId))
                        .set("template", Json.ref("templates", template.path("id").asLong()));
                store.put("slices", id, slice);
                for (int j = 0; j < perSlice; j++) {
                    ObjectNode doc = Kinds.sliver().defaults().deepCopy();
                    doc.set("slice", Json.ref("slices", id));
                    doc.set("node", Json.ref("nodes", nodeIds.get(sliver++ % nodeIds.size())));
                    store.put("slivers", store.nextId("slivers"), doc);
                }
            }
        });
    }

    private static ObjectNode server() {
        ObjectNode server = Json.object().put("name", "local-controller").put("description", LABEL);
        server.putObject("mgmt_net").put("backend", "native").put("addr", "fd65:fc41:c50f::2");
        server.putObject("properties");
        return server;
    }

    /** A sample document with its URIs relative to the API base. */
    static ObjectNode fixture(String name) {
        try (InputStream in = Seeder.class.getResourceAsStream("fixtures/" + name + ".json")) {
            if (in == null) {
                throw new IllegalStateException("the sample document " + name + ".json is not in the bundle");
            }
            ObjectNode doc = (ObjectNode) Json.MAPPER.readTree(in);
            Json.relativize(doc, FIXTURE_BASE);
            return doc;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
