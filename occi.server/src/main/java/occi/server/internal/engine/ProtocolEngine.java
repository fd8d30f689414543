package occi.server.internal.engine;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import occi.api.OcciException;
import occi.api.backend.Registry;
import occi.api.backend.RequestContext;
import occi.api.progress.OperationTracker;
import occi.server.internal.model.Model;
import occi.server.internal.model.ModelView;

/**
 * The OCCI HTTP protocol, independent of JAX-RS and OSGi: one {@link HttpCall} in, one
 * {@link Answer} out. It takes the model, the registry and the renderings present at the
 * moment the request arrives, so backends, registries and renderings can come and go
 * between requests. Every error becomes a short message in the negotiated rendering
 * (plain text when none fits) with the status the protocol prescribes.
 */
public final class ProtocolEngine {

    private static final Pattern CLIENT_VERSION = Pattern.compile("OCCI/(\\d+)\\.(\\d+)");
    private static final String EXPOSED_HEADERS = "Location, ETag, Server, Category, Link, X-OCCI-Location, X-OCCI-Attribute";

    private final Supplier<Model> model;
    private final Supplier<Optional<Registry>> registry;
    private final Supplier<List<RenderingOffer>> renderings;
    private final EngineLog log;
    private final DepartedStores departed;
    private volatile ServerSettings settings;
    /** Where actions on collections report progress; none until {@link #trackOperations} gives one. */
    private volatile OperationTracker operations = Untracked.TRACKER;
    /** What the renderings present produce and read, worked out once per set of renderings (see {@link Offered}). */
    private volatile Offered offered = new Offered(List.of());
    /** The settings' {@code Server} header, worked out when they change rather than per request. */
    private volatile String serverHeader;
    /** The last negotiation's outcome and the last base URI: see {@link #choose} and {@link #base}. */
    private volatile Choice lastChoice;
    private volatile Base lastBase;
    /** The ETags of entities as stored, so that a GET of an unchanged entity does not digest it again. */
    private final EtagMemo etags = new EtagMemo();

    public ProtocolEngine(Supplier<Model> model, Supplier<Optional<Registry>> registry, Supplier<List<RenderingOffer>> renderings,
            ServerSettings settings, EngineLog log) {
        this(model, registry, renderings, settings, log, new DepartedStores());
    }

    /**
     * @param renderings the renderings present, as an immutable list that is replaced, not changed, when one comes or goes
     * @param departed the location spaces of entity stores that have gone away (503 rather than 404 there)
     */
    public ProtocolEngine(Supplier<Model> model, Supplier<Optional<Registry>> registry, Supplier<List<RenderingOffer>> renderings,
            ServerSettings settings, EngineLog log, DepartedStores departed) {
        this.departed = departed;
        this.model = model;
        this.registry = registry;
        this.renderings = renderings;
        this.settings = settings;
        this.serverHeader = settings.serverHeader();
        this.log = log;
    }

    public ServerSettings settings() {
        return settings;
    }

    /** Takes new settings; requests already being served finish with the old ones. */
    public void configure(ServerSettings newSettings) {
        this.serverHeader = newSettings.serverHeader();
        this.settings = newSettings;
    }

    /** Reports every action on a collection to this tracker from now on; {@code null}: to none. */
    public void trackOperations(OperationTracker tracker) {
        this.operations = tracker == null ? Untracked.TRACKER : tracker;
    }

    public Answer handle(HttpCall call) {
        ServerSettings s = settings;
        List<RenderingOffer> offers = renderings.get();
        Answer answer;
        try {
            answer = serve(call, s, offers);
        } catch (OcciException e) {
            answer = withRetryHint(plain(call, e.status(), bounded(e.getMessage())), e);
        } catch (RuntimeException e) {
            log.error("failed to serve " + call.method() + " " + call.path(), e);
            answer = plain(call, 500, "the server failed to serve this request");
        }
        return decorate(answer, call, s, s == settings ? serverHeader : s.serverHeader(), offers);
    }

    private Answer serve(HttpCall received, ServerSettings s, List<RenderingOffer> offers) {
        HttpCall call = MethodOverride.apply(received); // an HTML form's POST ?_method=DELETE is a DELETE from here on
        String path = relativePath(call.path(), s.basePath());
        if (path == null) {
            return plain(call, 404, "OCCI is served below " + s.basePath());
        }
        checkLimits(call, s);
        departed.covering(path).ifPresent(space -> {
            throw DepartedStores.unavailable(path, space);
        });
        Registry current = registry.get().orElseThrow(() -> OcciException.unavailable("no registry is available"));
        RequestContext context = new RequestContext(call.principal(), call.extras(), base(call.root(), s.basePath()));
        ModelView view = new ModelView(model.get(), current.userMixins(context));
        Router.Target target = Router.route(path, view);
        if (call.method().equals("OPTIONS")) {
            return options(call, target);
        }
        if (offers.isEmpty()) {
            throw OcciException.unavailable("no rendering is available");
        }
        Offered offered = offered(offers);
        List<String> candidates = offered.candidates();
        String mediaType = choose(call.header("Accept"), candidates).orElseThrow(() -> new OcciException(406,
                "none of the accepted media types can be produced; available: " + String.join(", ", candidates)));
        RenderingOffer offer = offered.producers().get(mediaType); // a candidate is some rendering's product
        RenderingOffer.Lease lease = offer.leases().get()
                .orElseThrow(() -> OcciException.unavailable("the " + mediaType + " rendering has just gone away"));
        try (lease) {
            Exchange exchange = new Exchange(call, s, view, current, context, path, lease, mediaType, offers, log, etags);
            exchange.operations = operations;
            try {
                MethodOverride.check(call);
                if (!target.methods().contains(call.method())) {
                    throw Router.notAllowed(call.method(), target.methods());
                }
                Answer answer = dispatch(exchange, target);
                if (FormRedirect.applies(received, mediaType, answer)) {
                    answer = FormRedirect.redirect(exchange, answer); // POST-redirect-GET for the HTML forms
                }
                return withNotes(answer, exchange);
            } catch (OcciException e) {
                if (e.status() == 500) {
                    log.error("failed to serve " + call.method() + " " + call.path(), e.getCause() == null ? e : e.getCause());
                }
                Answer error = withNotes(withRetryHint(errorIn(exchange, e.status(), bounded(e.getMessage())), e), exchange);
                return e.status() == 405 ? withAllow(error, target) : error;
            }
        }
    }

    private Answer dispatch(Exchange exchange, Router.Target target) {
        if (target instanceof Router.QueryInterface) {
            return new QueryInterfaceHandler(exchange).handle();
        }
        if (target instanceof Router.CategoryCollection collection) {
            return new CollectionHandler(exchange).handle(collection.category());
        }
        if (target instanceof Router.PathListing listing) {
            return exchange.call.method().equals("POST") ? new CollectionHandler(exchange).createAtRoot()
                    : new CollectionHandler(exchange).listPath(listing.path());
        }
        return new EntityHandler(exchange).handle();
    }

    /** An error in the negotiated rendering; in plain text if that rendering fails too. */
    private Answer errorIn(Exchange exchange, int status, String message) {
        try {
            return exchange.message(status, message);
        } catch (RuntimeException e) {
            log.error("the " + exchange.mediaType() + " rendering failed to render an error message", e);
            return plain(exchange.call, status, message);
        }
    }

    /** The path below the base path, starting with '/'; {@code null} outside it. */
    static String relativePath(String path, String basePath) {
        String p = path.isEmpty() ? "/" : path;
        if (p.startsWith(basePath)) {
            return p.substring(basePath.length() - 1);
        }
        return (p + "/").equals(basePath) ? "/" : null;
    }

    private static void checkLimits(HttpCall call, ServerSettings s) {
        if (call.path().length() > Paths.MAX_LOCATION) {
            throw new OcciException(414, "the request's path is longer than " + Paths.MAX_LOCATION + " characters");
        }
        List<String> agents = call.header("User-Agent");
        Matcher version = CLIENT_VERSION.matcher(agents.size() == 1 ? agents.get(0) : String.join(" ", agents));
        if (version.find()) {
            int[] own = s.version();
            if (version.group(1).length() > 9 || version.group(2).length() > 9) {
                throw OcciException.badRequest("the User-Agent's OCCI version is not a version number (OCCI/major.minor, at most 9 digits each)");
            }
            int major = Integer.parseInt(version.group(1));
            int minor = Integer.parseInt(version.group(2));
            if (major > own[0] || (major == own[0] && minor > own[1])) {
                throw new OcciException(501, "this server speaks " + s.occiVersion() + ", not OCCI/" + major + "." + minor);
            }
        }
        long headerBytes = 0;
        for (java.util.Map.Entry<String, List<String>> header : call.headers().entrySet()) {
            for (String value : header.getValue()) {
                headerBytes += header.getKey().length() + value.length() + 4;
            }
        }
        if (headerBytes > s.maxHeaderBytes()) {
            throw new OcciException(431, "the request's headers are larger than " + s.maxHeaderBytes() + " bytes");
        }
        if (call.body().length > s.maxBodyBytes()) {
            throw new OcciException(413, "the request's body is larger than " + s.maxBodyBytes() + " bytes");
        }
    }

    /**
     * The candidates, the {@code Accept} header and the rendering that produces each media
     * type (the first in the server's order) of one set of renderings: the server hands the
     * same immutable list until a rendering comes or goes, so all three are worked out once
     * per list rather than per request.
     */
    private record Offered(List<RenderingOffer> offers, List<String> candidates, String acceptHeader,
            Map<String, RenderingOffer> producers) {
        Offered(List<RenderingOffer> offers) {
            this(offers, ProtocolEngine.candidates(offers), acceptHeader(offers), producers(offers));
        }

        private static Map<String, RenderingOffer> producers(List<RenderingOffer> offers) {
            Map<String, RenderingOffer> producers = new HashMap<>();
            offers.forEach(o -> o.produces().forEach(type -> producers.putIfAbsent(type, o)));
            return Map.copyOf(producers);
        }

        private static String acceptHeader(List<RenderingOffer> offers) {
            Set<String> readable = new LinkedHashSet<>();
            offers.forEach(o -> readable.addAll(o.consumes()));
            return String.join(", ", readable);
        }
    }

    private Offered offered(List<RenderingOffer> offers) {
        Offered current = offered;
        if (current.offers() != offers) {
            current = new Offered(offers);
            offered = current;
        }
        return current;
    }

    /**
     * The negotiated media type, remembered for the last {@code Accept} lines and set of
     * renderings: most clients send the same header on every request, which was parsed anew.
     */
    private Optional<String> choose(List<String> accept, List<String> candidates) {
        Choice last = lastChoice;
        if (last != null && last.candidates() == candidates && last.accept().equals(accept)) {
            return last.chosen();
        }
        Optional<String> chosen = Negotiation.choose(accept, candidates);
        lastChoice = new Choice(List.copyOf(accept), candidates, chosen);
        return chosen;
    }

    private record Choice(List<String> accept, List<String> candidates, Optional<String> chosen) {}

    /** The base URI of OCCI, remembered for the last root and base path (a URI resolved per request otherwise). */
    private URI base(URI root, String basePath) {
        Base last = lastBase;
        if (last != null && last.basePath() == basePath && last.root().equals(root)) {
            return last.base();
        }
        URI base = root.resolve(basePath.substring(1));
        lastBase = new Base(root, basePath, base);
        return base;
    }

    private record Base(URI root, String basePath, URI base) {}

    /** What the renderings present produce, text/plain first (the default), then in the renderings' order. */
    static List<String> candidates(List<RenderingOffer> offers) {
        Set<String> types = new LinkedHashSet<>();
        offers.forEach(o -> types.addAll(o.produces()));
        List<String> ordered = new ArrayList<>();
        if (types.remove(Negotiation.DEFAULT_TYPE)) {
            ordered.add(Negotiation.DEFAULT_TYPE);
        }
        ordered.addAll(types);
        return ordered;
    }

    private Answer options(HttpCall call, Router.Target target) {
        Answer answer = withAllow(new Answer(200, null, false), target);
        if (call.firstHeader("Access-Control-Request-Method") != null) {
            answer.header("Access-Control-Allow-Methods", String.join(", ", target.methods()));
            String requested = call.firstHeader("Access-Control-Request-Headers");
            if (requested != null) {
                answer.header("Access-Control-Allow-Headers", requested);
            }
            answer.header("Access-Control-Max-Age", "600");
        }
        return answer;
    }

    /**
     * What the server inferred from a liberal request, one {@code Warning: 299 - "..."} header
     * each (RFC 7234 §5.5: a persistent warning, "-" as the agent). OCCI clients ignore
     * headers they do not know, and no OCCI rendering uses {@code Warning}.
     */
    static Answer withNotes(Answer answer, Exchange exchange) {
        for (String note : exchange.notes()) {
            answer.header("Warning", warning(note));
        }
        return answer;
    }

    /** {@code 299 - "text"}: a quoted string of printable ASCII, quotes and backslashes escaped. */
    static String warning(String text) {
        StringBuilder out = new StringBuilder("299 - \"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else {
                out.append(c >= 0x20 && c < 0x7f ? c : '?');
            }
        }
        return out.append('"').toString();
    }

    /** The thrower's hint when to try again, as {@code Retry-After} seconds. */
    private static Answer withRetryHint(Answer answer, OcciException e) {
        e.retryAfterHeader().ifPresent(seconds -> answer.header("Retry-After", seconds));
        return answer;
    }

    private static Answer withAllow(Answer answer, Router.Target target) {
        return answer.header("Allow", String.join(", ", target.methods()));
    }

    /** How much of an error message a client gets back: enough for any message of ours and a value it quotes. */
    static final int MESSAGE_MAX_CHARS = 1_000;

    /**
     * An error message cut to {@value #MESSAGE_MAX_CHARS} characters. Messages quote what the
     * client sent (a value that breaks a pattern, an unknown term), and a 100 kB value came back
     * whole: every bad request answered with as much as it sent, to be rendered in every media type.
     */
    static String bounded(String message) {
        if (message == null || message.length() <= MESSAGE_MAX_CHARS) {
            return message;
        }
        int cut = MESSAGE_MAX_CHARS - 60;
        if (Character.isHighSurrogate(message.charAt(cut - 1))) {
            cut--;
        }
        return message.substring(0, cut) + "... (cut: the message had " + message.length() + " characters)";
    }

    /** A message in plain text, for when no rendering can be used. */
    static Answer plain(HttpCall call, int status, String message) {
        SpillingBuffer body = new SpillingBuffer();
        try {
            body.write((message + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new Answer(status, body, !call.method().equals("HEAD")).header("Content-Type", "text/plain; charset=utf-8");
    }

    /** Headers every answer carries: the OCCI version, what the server reads, CORS. */
    private Answer decorate(Answer answer, HttpCall call, ServerSettings s, String serverHeader, List<RenderingOffer> offers) {
        answer.header("Server", serverHeader);
        String readable = offered(offers).acceptHeader();
        if (!readable.isEmpty()) {
            answer.header("Accept", readable);
        }
        String origin = call.firstHeader("Origin");
        if (origin != null && (s.corsOrigins().contains("*") || s.corsOrigins().contains(origin))) {
            answer.header("Access-Control-Allow-Origin", s.corsOrigins().contains("*") ? "*" : origin);
            answer.header("Access-Control-Expose-Headers", EXPOSED_HEADERS);
            answer.header("Vary", "Origin");
        }
        return answer;
    }
}
