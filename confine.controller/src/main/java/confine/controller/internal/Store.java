package confine.controller.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * The testbed in memory: the kinds, their documents by id (URIs relative to the API base),
 * the users' passwords and tokens. One read-write lock guards it all; callers that check
 * and then change run both under {@link #write}. Documents handed out are copies.
 */
public final class Store {

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, Kind> kinds = new LinkedHashMap<>();
    private final Map<String, NavigableMap<Long, ObjectNode>> docs = new HashMap<>();
    /** The slivers of each node and of each slice: the read-only {@code slivers} members. */
    private final Map<Long, Set<Long>> sliversByNode = new TreeMap<>();
    private final Map<Long, Set<Long>> sliversBySlice = new TreeMap<>();
    private final Map<Long, String> passwords = new TreeMap<>();
    /** Users whose password is still a published sample one: they are served on loopback only. */
    private final Set<Long> samplePasswords = new TreeSet<>();
    /** Passwords the operator chose for the seeded users, by user name: kept across reseeds. */
    private final Map<String, String> configuredPasswords = new HashMap<>();
    private final Map<String, Long> tokens = new LinkedHashMap<>();
    /** What an unknown user's password is compared with: a digest no password is known to have. */
    private final byte[] unknownUserSecret = randomDigest();
    private final SecureRandom random = new SecureRandom();
    private ObjectNode base = Json.object();

    public <T> T read(Supplier<T> work) {
        lock.readLock().lock();
        try {
            return work.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    public <T> T write(Supplier<T> work) {
        lock.writeLock().lock();
        try {
            return work.get();
        } finally {
            lock.writeLock().unlock();
        }
    }

    public void write(Runnable work) {
        write(() -> {
            work.run();
            return null;
        });
    }

    /** Forgets everything. */
    public void clear() {
        write(() -> {
            kinds.clear();
            docs.clear();
            sliversByNode.clear();
            sliversBySlice.clear();
            passwords.clear();
            samplePasswords.clear();
            tokens.clear();
            base = Json.object();
        });
    }

    public void addKind(Kind kind) {
        write(() -> {
            if (kinds.putIfAbsent(kind.plural(), kind) != null) {
                throw new IllegalArgumentException("a collection " + kind.plural() + " exists already");
            }
            docs.put(kind.plural(), new TreeMap<>());
        });
    }

    public void removeKind(String plural) {
        write(() -> {
            kinds.remove(plural);
            docs.remove(plural);
        });
    }

    public List<Kind> kinds() {
        return read(() -> List.copyOf(kinds.values()));
    }

    public Optional<Kind> kind(String plural) {
        return read(() -> Optional.ofNullable(kinds.get(plural)));
    }

    public ObjectNode base() {
        return read(() -> base.deepCopy());
    }

    public void base(ObjectNode document) {
        write(() -> base = document.deepCopy());
    }

    /** A stored document as it is kept (no derived members); the caller must not change it. */
    ObjectNode raw(String plural, long id) {
        return read(() -> {
            NavigableMap<Long, ObjectNode> all = docs.get(plural);
            return all == null ? null : all.get(id);
        });
    }

    /** A copy of a document with its derived members. */
    public Optional<ObjectNode> find(String plural, long id) {
        return read(() -> Optional.ofNullable(raw(plural, id)).map(doc -> view(plural, doc)));
    }

    /** Copies of every document of a collection, by id, with their derived members. */
    public List<ObjectNode> all(String plural) {
        return read(() -> {
            NavigableMap<Long, ObjectNode> all = docs.get(plural);
            List<ObjectNode> list = new ArrayList<>(all == null ? 0 : all.size());
            if (all != null) {
                all.values().forEach(doc -> list.add(view(plural, doc)));
            }
            return list;
        });
    }

    public boolean exists(String plural, long id) {
        return raw(plural, id) != null;
    }

    public long nextId(String plural) {
        return read(() -> {
            NavigableMap<Long, ObjectNode> all = docs.get(plural);
            return all == null || all.isEmpty() ? 1 : all.lastKey() + 1;
        });
    }

    /** Stores (adds or replaces) a document under {@code id}, setting its {@code id} and {@code uri}. */
    public ObjectNode put(String plural, long id, ObjectNode document) {
        return write(() -> {
            Kind kind = kinds.get(plural);
            if (kind == null) {
                throw new IllegalArgumentException("no collection " + plural);
            }
            ObjectNode doc = document.deepCopy();
            if (kind.singleton()) {
                doc.put("uri", plural + "/");
            } else {
                doc.put("id", id);
                doc.put("uri", Json.uri(plural, id));
            }
            // derived members are computed on every view
            doc.remove("slivers");
            doc.remove("group_roles");
            unindex(plural, id);
            docs.get(plural).put(id, doc);
            index(plural, id, doc);
            return view(plural, doc);
        });
    }

    /** Removes a document; what requires it goes too, optional references to it become null. */
    public boolean remove(String plural, long id) {
        return write(() -> {
            NavigableMap<Long, ObjectNode> all = docs.get(plural);
            if (all == null || all.remove(id) == null) {
                return false;
            }
            unindex(plural, id);
            if (plural.equals("users")) {
                passwords.remove(id);
                samplePasswords.remove(id);
                tokens.values().removeIf(user -> user == id);
            }
            cascade(plural, id);
            return true;
        });
    }

    private void cascade(String plural, long id) {
        for (Kind kind : List.copyOf(kinds.values())) {
            NavigableMap<Long, ObjectNode> all = docs.get(kind.plural());
            for (Long otherId : List.copyOf(all.keySet())) {
                ObjectNode other = all.get(otherId);
                if (other == null) {
                    continue; // removed by an earlier step of this cascade
                }
                for (Map.Entry<String, String> reference : kind.references().entrySet()) {
                    Json.Target target = Json.target(other.get(reference.getKey()));
                    if (target != null && target.plural().equals(plural) && target.id() == id) {
                        if (kind.required().contains(reference.getKey())) {
                            remove(kind.plural(), otherId);
                            break;
                        }
                        other.putNull(reference.getKey());
                    }
                }
            }
        }
        if (plural.equals("users")) {
            String uri = Json.uri("users", id);
            for (ObjectNode group : docs.getOrDefault("groups", new TreeMap<>()).values()) {
                if (group.get("user_roles") instanceof ArrayNode roles) {
                    for (int i = roles.size() - 1; i >= 0; i--) {
                        if (uri.equals(roles.get(i).path("user").path("uri").asText())) {
                            roles.remove(i);
                        }
                    }
                }
            }
        }
    }

    private void index(String plural, long id, ObjectNode doc) {
        if (plural.equals("slivers")) {
            Json.Target node = Json.target(doc.get("node"));
            Json.Target slice = Json.target(doc.get("slice"));
            if (node != null) {
                sliversByNode.computeIfAbsent(node.id(), k -> new TreeSet<>()).add(id);
            }
            if (slice != null) {
                sliversBySlice.computeIfAbsent(slice.id(), k -> new TreeSet<>()).add(id);
            }
        }
    }

    private void unindex(String plural, long id) {
        if (plural.equals("slivers")) {
            sliversByNode.values().forEach(slivers -> slivers.remove(id));
            sliversBySlice.values().forEach(slivers -> slivers.remove(id));
        }
    }

    /** The ids of the slivers on a node or of a slice. */
    public Set<Long> sliversOf(String plural, long id) {
        return read(() -> Set.copyOf((plural.equals("nodes") ? sliversByNode : sliversBySlice).getOrDefault(id, Set.of())));
    }

    /** A copy of {@code doc} with the members the controller derives: {@code slivers}, {@code group_roles}. */
    private ObjectNode view(String plural, ObjectNode doc) {
        ObjectNode copy = doc.deepCopy();
        switch (plural) {
            case "nodes", "slices" -> {
                ArrayNode slivers = Json.NODES.arrayNode();
                (plural.equals("nodes") ? sliversByNode : sliversBySlice).getOrDefault(doc.path("id").asLong(), Set.of())
                        .forEach(sliver -> slivers.add(Json.ref("slivers", sliver)));
                copy.set("slivers", slivers);
            }
            case "users" -> copy.set("group_roles", groupRoles(doc.path("id").asLong()));
            default -> { }
        }
        return ordered(kinds.get(plural), copy);
    }

    private ArrayNode groupRoles(long userId) {
        String uri = Json.uri("users", userId);
        ArrayNode roles = Json.NODES.arrayNode();
        for (ObjectNode group : docs.getOrDefault("groups", new TreeMap<>()).values()) {
            for (JsonNode role : group.path("user_roles")) {
                if (uri.equals(role.path("user").path("uri").asText())) {
                    ObjectNode groupRole = roles.addObject();
                    groupRole.set("group", Json.ref("groups", group.path("id").asLong()));
                    groupRole.put("is_group_admin", role.path("is_group_admin").asBoolean());
                    groupRole.put("is_node_admin", role.path("is_node_admin").asBoolean());
                    groupRole.put("is_slice_admin", role.path("is_slice_admin").asBoolean());
                }
            }
        }
        return roles;
    }

    /** The members in the kind's order, then any others. */
    private static ObjectNode ordered(Kind kind, ObjectNode doc) {
        if (kind == null) {
            return doc;
        }
        ObjectNode ordered = Json.object();
        kind.defaults().fieldNames().forEachRemaining(name -> {
            if (doc.has(name)) {
                ordered.set(name, doc.get(name));
            }
        });
        doc.fields().forEachRemaining(field -> {
            if (!ordered.has(field.getKey())) {
                ordered.set(field.getKey(), field.getValue());
            }
        });
        return ordered;
    }

    // ---- accounts

    public void password(long userId, String password) {
        write(() -> {
            passwords.put(userId, password);
            samplePasswords.remove(userId);
        });
    }

    /**
     * Seeds a user's password: the operator's choice for this user name when there is one,
     * otherwise the published {@code sample}, which marks the user as loopback-only.
     */
    public void seedPassword(long userId, String userName, String sample) {
        write(() -> {
            String configured = configuredPasswords.get(userName);
            passwords.put(userId, configured == null ? sample : configured);
            if (configured == null) {
                samplePasswords.add(userId);
            } else {
                samplePasswords.remove(userId);
            }
        });
    }

    /** The passwords the operator chose for seeded users (by name); they apply at the next seeding. */
    public void configurePasswords(Map<String, String> byUserName) {
        write(() -> {
            configuredPasswords.clear();
            byUserName.forEach((name, password) -> {
                if (password != null && !password.isEmpty()) {
                    configuredPasswords.put(name, password);
                }
            });
        });
    }

    /** Whether the user's password is still a published sample one. */
    public boolean hasSamplePassword(long userId) {
        return read(() -> samplePasswords.contains(userId));
    }

    /**
     * Whether the password is the user's. Both sides are digested (SHA-256) and the digests compared
     * with {@link MessageDigest#isEqual}: the time taken depends neither on how much of the password
     * is right nor on its length. For an unknown user ({@code userId} null) the password is compared
     * with a random secret of this store in the same way, so that an unknown user name takes as
     * long to refuse as a known one.
     */
    public boolean checkPassword(Long userId, String password) {
        String stored = userId == null ? null : read(() -> passwords.get(userId));
        byte[] expected = stored == null ? unknownUserSecret : digest(stored.getBytes(StandardCharsets.UTF_8));
        byte[] given = digest(password == null ? new byte[0] : password.getBytes(StandardCharsets.UTF_8));
        boolean equal = MessageDigest.isEqual(given, expected);
        return equal && stored != null && password != null;
    }

    private static byte[] digest(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The user's token, made on first use (one per user, as the controller's token store). */
    public String token(long userId) {
        return write(() -> tokens.entrySet().stream()
                .filter(e -> e.getValue() == userId)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseGet(() -> {
                    byte[] bytes = new byte[20];
                    random.nextBytes(bytes);
                    String token = HexFormat.of().formatHex(bytes);
                    tokens.put(token, userId);
                    return token;
                }));
    }

    /** The user a token belongs to. */
    public Optional<ObjectNode> userOfToken(String token) {
        return read(() -> Optional.ofNullable(tokens.get(token)).flatMap(id -> find("users", id)));
    }

    /** A user by name or e-mail address (the controller accepts either as login). */
    public Optional<ObjectNode> userNamed(String login) {
        return read(() -> all("users").stream()
                .filter(u -> login.equals(u.path("name").asText()) || login.equals(u.path("email").asText()))
                .findFirst());
    }

    private static byte[] randomDigest() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return digest(secret);
    }
}
