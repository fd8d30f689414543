package confine.controller.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import confine.controller.internal.Permissions.Operation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The actions of the API reference, POSTed to {@code <resource>ctl/<action>/}: their bodies,
 * effects and answers. The caller's permission is that of changing the resource.
 */
final class Actions {

    /** An action's answer. */
    record Outcome(int status, ObjectNode body) {}

    /** upload action → the member pair it fills ({@code <member>_uri}, {@code <member>_sha256}). */
    private static final Map<String, String> UPLOADS = Map.of(
            "upload-overlay", "overlay", "upload-exp-data", "exp_data", "upload-image", "image");

    private final Store store;
    private final Permissions permissions;
    private final Uploads uploads;

    Actions(Store store, Permissions permissions, Uploads uploads) {
        this.store = store;
        this.permissions = permissions;
        this.uploads = uploads;
    }

    Outcome run(Kind kind, long id, String action, ApiRequest request, Caller caller) {
        kind.action(action).orElseThrow(ApiError::notFound);
        return store.write(() -> {
            ObjectNode doc = store.find(kind.plural(), id).orElseThrow(ApiError::notFound);
            if (!permissions.allows(caller, kind, doc, Operation.ACTION)) {
                throw ApiError.forbidden(caller);
            }
            if (UPLOADS.containsKey(action)) {
                return upload(kind, id, doc, UPLOADS.get(action), request);
            }
            return switch (action) {
                case "reboot" -> {
                    noData(request, "This endpoint do not accept data");
                    doc.put("boot_sn", doc.path("boot_sn").asLong() + 1);
                    store.put(kind.plural(), id, doc);
                    yield done(200, "Node instructed to reboot");
                }
                case "request-api-cert" -> requestCert(kind, id, doc, request);
                case "renew" -> {
                    noData(request, "This endpoint only accepts null data");
                    doc.put("expires_on", Resources.expiry().toString());
                    store.put(kind.plural(), id, doc);
                    yield done(200, "Slice renewed for " + Resources.SLICE_LIFETIME_DAYS + " days");
                }
                case "reset" -> {
                    noData(request, "This endpoint only accepts null data");
                    yield done(202, "Slice instructed to reset");
                }
                case "update" -> {
                    noData(request, "This endpoint only accepts null data");
                    yield done(202, "Sliver instructed to update");
                }
                case "change-auth" -> changeAuth(id, doc, request);
                default -> throw ApiError.notFound();
            };
        });
    }

    private Outcome upload(Kind kind, long id, ObjectNode doc, String member, ApiRequest request) {
        String contentType = request.header("content-type");
        if (contentType == null || !contentType.toLowerCase().startsWith("multipart/form-data")) {
            throw ApiError.detail(400, "Only multipart/form-data is supported");
        }
        List<Multipart.FilePart> files = Multipart.files(contentType, request.body());
        if (files.isEmpty()) {
            throw ApiError.detail(400, "Only multipart/form-data is supported");
        }
        if (files.size() > 1) {
            throw ApiError.detail(400, "Multiple files is not supported");
        }
        Multipart.FilePart file = files.get(0);
        Uploads.Stored stored = uploads.store(kind.plural(), id, member, file.fileName(), file.content());
        doc.put(member + "_uri", stored.uri());
        doc.put(member + "_sha256", stored.sha256());
        store.put(kind.plural(), id, doc);
        return done(200, "File uploaded correctly");
    }

    /** A PEM certificate signing request in a JSON string; the answer is a (made-up) signed certificate. */
    private Outcome requestCert(Kind kind, long id, ObjectNode doc, ApiRequest request) {
        JsonNode csr = json(request);
        String pem = csr.isTextual() ? csr.asText().strip() : "";
        if (!pem.startsWith("-----BEGIN CERTIFICATE REQUEST-----") || !pem.endsWith("-----END CERTIFICATE REQUEST-----")) {
            throw ApiError.detail(400, "Malformed CSR: expected a PEM certificate request as a JSON string");
        }
        // a development testbed has no CA: the "certificate" only records what was asked
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(("local development testbed certificate for node " + id + "\n" + pem).getBytes(StandardCharsets.UTF_8));
        String cert = "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----";
        doc.put("cert", cert);
        store.put(kind.plural(), id, doc);
        return new Outcome(202, Json.object().put("cert", cert));
    }

    private Outcome changeAuth(long id, ObjectNode user, ApiRequest request) {
        JsonNode data = json(request);
        String password = data.path("password").asText("");
        if (password.isEmpty()) {
            throw ApiError.detail(400, "Password value not provided");
        }
        StringBuilder changed = new StringBuilder("password");
        for (String field : List.of("username", "email")) {
            String value = data.path(field).asText("");
            if (!value.isEmpty()) {
                boolean taken = store.all("users").stream().anyMatch(other -> other.path("id").asLong() != id
                        && value.equals(other.path(field.equals("username") ? "name" : "email").asText()));
                if (taken) {
                    throw ApiError.detail(400, "User with this " + field + " already exists.");
                }
                user.put(field.equals("username") ? "name" : "email", value);
                changed.append(", ").append(field);
            }
        }
        store.put("users", id, user);
        store.password(id, password);
        return done(200, "User " + changed + " changed successfully");
    }

    private static void noData(ApiRequest request, String message) {
        if (request.body().length > 0 && !Json.isEmpty(json(request))) {
            throw ApiError.detail(400, message);
        }
    }

    static JsonNode json(ApiRequest request) {
        if (request.body().length == 0) {
            return Json.NODES.nullNode();
        }
        try {
            return Json.parse(request.body());
        } catch (IOException e) {
            String said = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            // the limit or token, without Jackson's setting names ("(1000, from `StreamReadConstraints...`)")
            throw ApiError.detail(400, "JSON parse error - " + String.valueOf(said)
                    .replaceAll(", from `[^`]*`", "").replaceAll(":? *\\(?enable `[^`]*` to allow\\)?", ""));
        }
    }

    private static Outcome done(int status, String detail) {
        return new Outcome(status, Json.object().put("detail", detail));
    }
}
