package confine.controller.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import confine.controller.Seed;
import confine.controller.internal.FaultInjector.Fault;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import occi.platform.auth.LoginBackoff;
import occi.platform.auth.ProxyHeaders;

/**
 * The controller, independent of any HTTP server: a request in, an answer out. It routes
 * {@code <base>}, {@code api-token-auth/}, {@code <plural>/}, {@code <plural>/<id>/},
 * {@code <plural>/<id>/ctl/<action>/} and {@code media/…}, authenticates {@code Token}s,
 * negotiates the media type and renders documents with absolute URIs for the request's base.
 */
public final class ControllerCore {

    private static final String BASE_REL = Kind.SERVER_REL + "base";
    private static final String TOKEN_REL = Kind.CONTROLLER_REL + "do-get-auth-token";
    private static final String NODE_BASE_REL = Kind.SERVER_REL + "node-base";
    private static final String TOKEN_PATH = "api-token-auth";

    private final Store store = new Store();
    private final FaultInjector faults = new FaultInjector();
    /** Failed logins a client may make before it is locked out (1 s, then twice as long each time). */
    static final int FREE_LOGIN_FAILURES = 5;
    /** The longest lockout, and the quiet time after which a client's failures are forgotten. */
    static final Duration MAX_LOGIN_LOCKOUT = Duration.ofMinutes(5);

    private final LoginBackoff logins = new LoginBackoff(Clock.systemUTC(), FREE_LOGIN_FAILURES, MAX_LOGIN_LOCKOUT);
    private final Resources resources;
    private final Query query;
    private final Actions actions;
    private final Uploads uploads;
    private final LocalTestbed testbed;
    private volatile long maxBodyBytes = RequestBody.DEFAULT_MAX_BYTES;

    public ControllerCore(Path dataDir, Seed seed) {
        this(dataDir, seed, Map.of());
    }

    /**
     * @param passwords the passwords the operator chose for the seeded users, by user name
     *        ({@link Seeder#USER}, {@link Seeder#SUPERUSER}); a user without one keeps its
     *        published sample password and is served on loopback only
     */
    public ControllerCore(Path dataDir, Seed seed, Map<String, String> passwords) {
        store.configurePasswords(passwords);
        Permissions permissions = new Permissions(store);
        this.resources = new Resources(store, permissions);
        this.query = new Query(store);
        this.uploads = new Uploads(dataDir);
        this.actions = new Actions(store, permissions, uploads);
        this.testbed = new LocalTestbed(store, resources);
        Seeder.seed(store, seed);
    }

    public LocalTestbed testbed() {
        return testbed;
    }

    public FaultInjector faults() {
        return faults;
    }

    /** The most bytes of a request body the controller reads (see {@link RequestBody}). */
    public long maxBodyBytes() {
        return maxBodyBytes;
    }

    public void maxBodyBytes(long bytes) {
        this.maxBodyBytes = bytes;
    }

    /**
     * Changes the operator's passwords for the seeded users: a seeded user still on its sample
     * password, or given a new one here, takes it now (a password changed through the API stays).
     */
    public void passwords(Map<String, String> byUserName) {
        store.write(() -> {
            store.configurePasswords(byUserName);
            for (var sample : Map.of(Seeder.USER, Seeder.USER_PASSWORD, Seeder.SUPERUSER, Seeder.SUPERUSER_PASSWORD).entrySet()) {
                store.userNamed(sample.getKey()).ifPresent(user -> {
                    long id = user.path("id").asLong();
                    String chosen = byUserName.get(sample.getKey());
                    if (store.hasSamplePassword(id) || (chosen != null && !chosen.isEmpty())) {
                        store.seedPassword(id, sample.getKey(), sample.getValue());
                    }
                });
            }
        });
    }

    public ApiResponse handle(ApiRequest request) {
        try {
            request.content().checkDeclared(); // a body too large is refused before anything else
        } catch (ApiError tooLarge) {
            return error(tooLarge);
        }
        try {
            return handleCounted(request);
        } finally {
            faults.done(request.method());
        }
    }

    private ApiResponse handleCounted(ApiRequest request) {
        Fault fault;
        try {
            fault = faults.next(request.method());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return error(ApiError.detail(503, "The controller is stopping"));
        }
        if (fault.drop()) {
            return ApiResponse.dropped();
        }
        if (!fault.served()) {
            return error(ApiError.detail(fault.status(), "Injected failure (" + fault.status() + ")"));
        }
        try {
            return route(request, authenticate(request));
        } catch (ApiError e) {
            return error(e);
        }
    }

    private ApiResponse route(ApiRequest request, Caller caller) {
        List<String> segments = Arrays.stream(request.path().split("/")).filter(s -> !s.isEmpty()).toList();
        if (segments.isEmpty()) {
            return base(request);
        }
        String first = segments.get(0);
        if (first.equals(TOKEN_PATH) && segments.size() == 1) {
            return token(request);
        }
        if (first.equals("media") && segments.size() > 1) {
            return media(request, String.join("/", segments.subList(1, segments.size())));
        }
        Kind kind = store.kind(first).orElseThrow(ApiError::notFound);
        if (kind.plural().equals("users") && caller == null && request.exposed()) {
            // who has an account is for the testbed's users, not for anyone on the network
            throw unauthorized("Authentication is required to read users over a listener that is not loopback-only.");
        }
        if (kind.singleton()) {
            if (segments.size() > 1) {
                throw ApiError.notFound();
            }
            return detail(request, caller, kind, Resources.SINGLETON_ID);
        }
        if (segments.size() == 1) {
            return collection(request, caller, kind);
        }
        long id = id(segments.get(1));
        if (segments.size() == 2) {
            return detail(request, caller, kind, id);
        }
        if (segments.size() == 4 && segments.get(2).equals("ctl")) {
            return action(request, caller, kind, id, segments.get(3));
        }
        throw ApiError.notFound();
    }

    private ApiResponse base(ApiRequest request) {
        allow(request, "GET", "HEAD");
        List<String> links = new ArrayList<>();
        links.add(link(request.base().toString(), BASE_REL));
        links.add(link(request.base() + TOKEN_PATH + "/", TOKEN_REL));
        store.kinds().forEach(kind -> links.add(link(request.base() + kind.plural() + "/", kind.rel())));
        ObjectNode body = store.base().put("uri", "");
        return respond(request, 200, body, MediaTypes.JSON, Map.of("Link", String.join(", ", links)));
    }

    /**
     * {@code do-get-auth-token}: a user name (or e-mail address) and password, JSON or a form, give
     * the user's token. An unknown user takes as long to refuse as a wrong password; a client that
     * keeps failing is locked out for a while (429, {@link LoginBackoff}), and is answered then
     * without its credentials being read or compared.
     */
    private ApiResponse token(ApiRequest request) {
        allow(request, "POST");
        MediaTypes.Choice choice = accept(request, MediaTypes.JSON);
        // behind a proxy on this host every client shares the proxy's address: count the one it names
        String client = ProxyHeaders.client(request.client(), request::header);
        logins.wait(client).ifPresent(wait -> {
            throw tooManyFailures(wait);
        });
        Map<String, String> credentials = credentials(request);
        Map<String, List<String>> missing = new LinkedHashMap<>();
        for (String field : List.of("username", "password")) {
            if (credentials.getOrDefault(field, "").isEmpty()) {
                missing.put(field, List.of(Validator.REQUIRED));
            }
        }
        if (!missing.isEmpty()) {
            throw ApiError.invalid(missing);
        }
        Optional<ObjectNode> named = store.userNamed(credentials.get("username"));
        // compared even when no such user exists, so that the time taken does not tell
        boolean accepted = store.checkPassword(named.map(u -> u.path("id").asLong()).orElse(null), credentials.get("password"));
        if (!accepted) {
            java.time.Duration lockout = logins.failed(client);
            if (!lockout.isZero()) {
                throw tooManyFailures(lockout);
            }
            throw ApiError.invalid("non_field_errors", "Unable to login with provided credentials.");
        }
        logins.succeeded(client);
        ObjectNode user = named.get();
        if (!user.path("is_active").asBoolean()) {
            throw ApiError.invalid("non_field_errors", "User account is disabled.");
        }
        refuseSampleUserWhenExposed(request, user);
        return render(request, choice, 200, Json.object().put("token", store.token(user.path("id").asLong())), Map.of());
    }

    private static ApiError tooManyFailures(java.time.Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return ApiError.detail(429, "Too many failed logins from this address; try again in " + seconds + " s.")
                .with("Retry-After", Long.toString(seconds));
    }

    private static Map<String, String> credentials(ApiRequest request) {
        String type = request.header("content-type");
        if (type != null && type.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
            return new ApiRequest("POST", request.base(), "", new String(request.body(), StandardCharsets.UTF_8), Map.of(), null).query();
        }
        JsonNode body = Actions.json(request);
        Map<String, String> credentials = new LinkedHashMap<>();
        body.fields().forEachRemaining(f -> credentials.put(f.getKey(), f.getValue().asText()));
        return credentials;
    }

    private ApiResponse collection(ApiRequest request, Caller caller, Kind kind) {
        allow(request, "GET", "HEAD", "POST");
        if (request.method().equals("POST")) {
            MediaTypes.Choice choice = accept(request, kind.mediaType());
            requireCaller(caller);
            ObjectNode created = resources.create(kind, input(request), caller);
            String location = request.base().resolve(created.path("uri").asText()).toString();
            return render(request, choice, 201, created, Map.of("Location", location));
        }
        MediaTypes.Choice choice = accept(request, MediaTypes.RESOURCE_LIST);
        Map<String, String> params = request.query();
        Query.Page page = Query.page(query.filter(kind, store.all(kind.plural()), params), params);
        List<String> links = new ArrayList<>();
        links.add(link(request.base().toString(), BASE_REL));
        links.add(link(pageUrl(request, 1), "first"));
        links.add(link(pageUrl(request, page.last()), "last"));
        if (page.number() > 1) {
            links.add(link(pageUrl(request, page.number() - 1), "prev"));
        }
        if (page.number() < page.last()) {
            links.add(link(pageUrl(request, page.number() + 1), "next"));
        }
        ArrayNode items = Json.NODES.arrayNode().addAll(page.items());
        return render(request, choice, 200, items, Map.of("Link", String.join(", ", links)));
    }

    private ApiResponse detail(ApiRequest request, Caller caller, Kind kind, long id) {
        if (kind.singleton()) {
            allow(request, "GET", "HEAD", "PUT", "PATCH");
        } else {
            allow(request, "GET", "HEAD", "PUT", "PATCH", "DELETE");
        }
        MediaTypes.Choice choice = accept(request, kind.mediaType());
        ObjectNode doc = switch (request.method()) {
            case "PUT", "PATCH" -> {
                requireCaller(caller);
                yield resources.update(kind, id, input(request), request.method().equals("PATCH"), caller);
            }
            case "DELETE" -> {
                requireCaller(caller);
                resources.delete(kind, id, caller);
                yield null;
            }
            default -> store.find(kind.plural(), id).orElseThrow(ApiError::notFound);
        };
        if (doc == null) {
            return new ApiResponse(204, Map.of(), new byte[0]);
        }
        return render(request, choice, 200, doc, Map.of("Link", String.join(", ", detailLinks(request, kind, doc))));
    }

    private List<String> detailLinks(ApiRequest request, Kind kind, ObjectNode doc) {
        List<String> links = new ArrayList<>();
        links.add(link(request.base().toString(), BASE_REL));
        String uri = request.base().resolve(doc.path("uri").asText()).toString();
        if (!kind.singleton()) {
            links.add(link(request.base() + kind.plural() + "/", kind.rel()));
        }
        kind.actions().forEach(action -> links.add(link(uri + "ctl/" + action.urlName() + "/", action.rel())));
        String addr = doc.path("mgmt_net").path("addr").asText("");
        if (kind.plural().equals("nodes") && !addr.isEmpty()) {
            links.add(link("http://[" + addr + "]/confine/api/", NODE_BASE_REL));
        }
        return links;
    }

    private ApiResponse action(ApiRequest request, Caller caller, Kind kind, long id, String action) {
        kind.action(action).orElseThrow(ApiError::notFound);
        allow(request, "POST");
        MediaTypes.Choice choice = accept(request, MediaTypes.JSON);
        requireCaller(caller);
        Actions.Outcome outcome = actions.run(kind, id, action, request, caller);
        return render(request, choice, outcome.status(), outcome.body(), Map.of());
    }

    private ApiResponse media(ApiRequest request, String path) {
        allow(request, "GET", "HEAD");
        Path file = uploads.find(path).orElseThrow(ApiError::notFound);
        try {
            return new ApiResponse(200, Map.of("Content-Type", "application/octet-stream"), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The caller named by an {@code Authorization: Token …} header; null for none (other schemes are not this API's). */
    private Caller authenticate(ApiRequest request) {
        String header = request.header("authorization");
        if (header == null) {
            return null;
        }
        String[] parts = header.trim().split("\\s+", 2);
        if (!parts[0].equalsIgnoreCase("token")) {
            return null;
        }
        if (parts.length < 2) {
            throw unauthorized("Invalid token header. No credentials provided.");
        }
        ObjectNode user = store.userOfToken(parts[1].trim()).orElseThrow(() -> unauthorized("Invalid token"));
        if (!user.path("is_active").asBoolean()) {
            throw unauthorized("User inactive or deleted");
        }
        refuseSampleUserWhenExposed(request, user);
        return new Caller(user.path("id").asLong(), user.path("is_superuser").asBoolean());
    }

    /**
     * The sample users' passwords are published (README, start-up line): over a listener that is
     * not loopback-only such a user is refused, by password and by token alike, until the
     * operator gives it a password of their own.
     */
    private void refuseSampleUserWhenExposed(ApiRequest request, ObjectNode user) {
        if (request.exposed() && store.hasSamplePassword(user.path("id").asLong())) {
            throw ApiError.detail(403, "The user '" + user.path("name").asText() + "' still has the sample password of the local"
                    + " development testbed; sample users are served on loopback only. Set its password in the configuration"
                    + " confine.controller (user.password, superuser.password) to use it over this listener.");
        }
    }

    private static ApiError unauthorized(String detail) {
        return ApiError.detail(401, detail).with("WWW-Authenticate", "Token");
    }

    private static void requireCaller(Caller caller) {
        if (caller == null) {
            throw ApiError.forbidden(null);
        }
    }

    /** 405 unless the method is one of {@code methods}. */
    private static void allow(ApiRequest request, String... methods) {
        List<String> allowed = List.of(methods);
        if (!allowed.contains(request.method())) {
            throw ApiError.detail(405, "Method '" + request.method() + "' not allowed.").with("Allow", String.join(", ", allowed));
        }
    }

    private static MediaTypes.Choice accept(ApiRequest request, String mediaType) {
        MediaTypes.Choice choice = MediaTypes.negotiate(request.header("accept"), mediaType);
        if (choice == null) {
            throw ApiError.detail(406, "Could not satisfy the request's Accept header");
        }
        return choice;
    }

    private static ApiResponse respond(ApiRequest request, int status, JsonNode body, String mediaType, Map<String, String> headers) {
        return render(request, accept(request, mediaType), status, body, headers);
    }

    private static ApiResponse render(ApiRequest request, MediaTypes.Choice choice, int status, JsonNode body, Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Content-Type", choice.contentType());
        JsonNode absolute = Json.absolute(body, request.base());
        if (absolute instanceof ObjectNode object && object.path("uri").asText().isEmpty() && object.has("uri")) {
            object.put("uri", request.base().toString()); // the base resource names itself
        }
        return new ApiResponse(status, all, Json.bytes(absolute, choice.indent()));
    }

    /** A JSON request body with the request's own base stripped from its URIs. */
    private static JsonNode input(ApiRequest request) {
        String type = request.header("content-type");
        if (type != null && !type.isBlank() && !type.toLowerCase().matches("application/([a-z0-9.+-]*\\+)?json.*")) {
            throw ApiError.detail(415, "Unsupported media type \"" + type + "\" in request.");
        }
        JsonNode input = request.body().length == 0 ? Json.object() : Actions.json(request);
        Json.relativize(input, request.base().toString());
        return input;
    }

    static ApiResponse error(ApiError error) {
        Map<String, String> headers = new LinkedHashMap<>(error.headers());
        headers.put("Content-Type", MediaTypes.JSON);
        return new ApiResponse(error.status(), headers, Json.bytes(error.body(), 0));
    }

    private static String link(String url, String rel) {
        return "<" + url + ">; rel=\"" + rel + "\"";
    }

    /** The request's own URL with {@code page} set, other parameters kept as sent. */
    private static String pageUrl(ApiRequest request, int page) {
        List<String> pairs = new ArrayList<>();
        if (request.rawQuery() != null) {
            Arrays.stream(request.rawQuery().split("&")).filter(p -> !p.isEmpty() && !p.equals("page") && !p.startsWith("page="))
                    .forEach(pairs::add);
        }
        pairs.add("page=" + page);
        return request.base() + request.path() + "?" + String.join("&", pairs);
    }

    /** Ids are ASCII digits (Long.parseLong also takes a sign and any script's digits, which would alias them). */
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[0-9]{1,18}");

    private static long id(String segment) {
        if (!ID.matcher(segment).matches()) {
            throw ApiError.notFound();
        }
        try {
            return Long.parseLong(segment);
        } catch (NumberFormatException e) {
            throw ApiError.notFound();
        }
    }

}
