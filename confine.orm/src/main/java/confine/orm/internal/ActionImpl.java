package confine.orm.internal;

import com.fasterxml.jackson.databind.JsonNode;
import confine.orm.Action;
import confine.orm.internal.http.Call;
import confine.orm.internal.http.Multipart;
import confine.orm.internal.http.Reply;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A discovered {@code do-*} relation. A successful call marks the resource it belongs
 * to as out of date, since an action changes it (an upload sets {@code overlay_uri}).
 */
final class ActionImpl implements Action {

    private static final List<Integer> EXPECTED = List.of(200, 201, 202);

    private final Session s;
    private final String name;
    private final URI relation;
    private final URI uri;
    private final ResourceImpl owner;

    ActionImpl(Session s, String name, URI relation, URI uri, ResourceImpl owner) {
        this.s = s;
        this.name = name;
        this.relation = relation;
        this.uri = uri;
        this.owner = owner;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public URI relation() {
        return relation;
    }

    @Override
    public URI uri() {
        return uri;
    }

    @Override
    public JsonNode call() {
        return Session.join(callAsync());
    }

    @Override
    public JsonNode call(Object body) {
        return Session.join(callAsync(body));
    }

    @Override
    public JsonNode upload(Path file) {
        return Session.join(uploadAsync(file, defaultPartName()));
    }

    @Override
    public JsonNode upload(Path file, String partName) {
        return Session.join(uploadAsync(file, partName));
    }

    @Override
    public CompletableFuture<JsonNode> callAsync() {
        return done(s.send(new Call("POST", uri, null, null, EXPECTED)));
    }

    @Override
    public CompletableFuture<JsonNode> callAsync(Object body) {
        if (body == null) {
            return callAsync();
        }
        return done(s.sendJson("POST", uri, s.json.toJson(body), EXPECTED));
    }

    @Override
    public CompletableFuture<JsonNode> uploadAsync(Path file, String partName) {
        Multipart multipart;
        try {
            multipart = Multipart.of(partName, file);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(e);
        }
        return done(s.send(new Call("POST", uri, multipart::publisher, multipart.contentType(), EXPECTED)));
    }

    /** {@code upload_overlay} posts its file as the part {@code overlay}, as the controller names the field. */
    String defaultPartName() {
        return name.startsWith("upload_") ? name.substring("upload_".length()) : "file";
    }

    private CompletableFuture<JsonNode> done(CompletableFuture<Reply> reply) {
        return reply.thenApply(r -> {
            if (owner != null) {
                owner.invalidate();
            }
            return s.json.parse(r.body());
        });
    }

    @Override
    public String toString() {
        return "Action " + name + " " + uri;
    }
}
