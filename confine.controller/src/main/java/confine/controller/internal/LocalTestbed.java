package confine.controller.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import confine.controller.Seed;
import confine.controller.Testbed;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** The {@link Testbed} API over the store: direct reads and changes, no HTTP. */
public final class LocalTestbed implements Testbed {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]*");

    private final Store store;
    private final Resources resources;

    LocalTestbed(Store store, Resources resources) {
        this.store = store;
        this.resources = resources;
    }

    @Override
    public List<String> collections() {
        return store.kinds().stream().map(Kind::plural).toList();
    }

    @Override
    public List<ObjectNode> list(String collection) {
        return store.all(kind(collection).plural());
    }

    @Override
    public Optional<ObjectNode> get(String collection, long id) {
        Kind kind = kind(collection);
        return store.find(kind.plural(), kind.singleton() ? Resources.SINGLETON_ID : id);
    }

    @Override
    public ObjectNode create(String collection, ObjectNode fields) {
        try {
            return resources.create(kind(collection), fields, Caller.SYSTEM);
        } catch (ApiError e) {
            throw new IllegalArgumentException("invalid " + collection + " document: " + e.body(), e);
        }
    }

    @Override
    public ObjectNode update(String collection, long id, Consumer<ObjectNode> change) {
        Kind kind = kind(collection);
        long key = kind.singleton() ? Resources.SINGLETON_ID : id;
        return store.write(() -> {
            ObjectNode doc = store.find(kind.plural(), key)
                    .orElseThrow(() -> new NoSuchElementException("no " + collection + "/" + id));
            change.accept(doc);
            return store.put(kind.plural(), key, doc);
        });
    }

    @Override
    public boolean delete(String collection, long id) {
        Kind kind = kind(collection);
        return store.remove(kind.plural(), kind.singleton() ? Resources.SINGLETON_ID : id);
    }

    @Override
    public void addCollection(String name, String plural) {
        if (!NAME.matcher(name).matches() || !NAME.matcher(plural).matches() || plural.equals("media") || plural.equals("api-token-auth")) {
            throw new IllegalArgumentException("not a collection name: " + name + " / " + plural);
        }
        store.addKind(Kind.added(name, plural));
    }

    @Override
    public void removeCollection(String plural) {
        if (kind(plural).standard()) {
            throw new IllegalArgumentException(plural + " is a standard collection");
        }
        store.removeKind(plural);
    }

    @Override
    public void generate(int nodes, int slices, int sliversPerSlice) {
        new Seed(nodes, slices, sliversPerSlice); // the same argument checks
        Seeder.generate(store, nodes, slices, sliversPerSlice);
    }

    @Override
    public void reset(Seed seed) {
        Seeder.seed(store, seed);
    }

    @Override
    public String token(String username) {
        ObjectNode user = store.userNamed(username).orElseThrow(() -> new NoSuchElementException("no user " + username));
        return store.token(user.path("id").asLong());
    }

    private Kind kind(String collection) {
        return store.kind(collection).orElseThrow(() -> new IllegalArgumentException("no collection " + collection));
    }
}
