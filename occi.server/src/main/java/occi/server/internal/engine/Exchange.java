package occi.server.internal.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import occi.api.Category;
import occi.api.CategoryId;
import occi.api.Entity;
import occi.api.Kind;
import occi.api.Mixin;
import occi.api.OcciException;
import occi.api.backend.Registry;
import occi.api.backend.RequestContext;
import occi.api.rendering.OcciRequest;
import occi.api.rendering.OcciResponse;
import occi.api.rendering.RenderContext;
import occi.api.rendering.Rendering;
import occi.server.internal.model.ModelView;

/**
 * Everything one request is served with: the call, the settings and model as they were
 * when it arrived, the registry in use, the caller's context and the renderings chosen
 * for the response and the request body.
 */
final class Exchange implements RenderContext {

    /** Renders into a response; what a rendering call does for one answer. */
    @FunctionalInterface
    interface RenderStep {
        void render(Rendering rendering, RenderContext context, OcciResponse response) throws IOException;
    }

    final HttpCall call;
    final ServerSettings settings;
    final ModelView view;
    final Registry registry;
    final Storage storage;
    final RequestContext context;
    final String path;
    final EngineLog log;
    /** The engine's remembered ETags (shared by its requests). */
    final EtagMemo etags;
    /** Where a long operation of this request reports its progress. */
    occi.api.progress.OperationTracker operations = Untracked.TRACKER;
    private final List<String> notes = new ArrayList<>();
    private final RenderingOffer.Lease responseRendering;
    private final String mediaType;
    private final List<RenderingOffer> offers;

    Exchange(HttpCall call, ServerSettings settings, ModelView view, Registry registry, RequestContext context, String path,
            RenderingOffer.Lease responseRendering, String mediaType, List<RenderingOffer> offers, EngineLog log, EtagMemo etags) {
        this.call = call;
        this.settings = settings;
        this.view = view;
        this.registry = registry;
        this.context = context;
        this.storage = new Storage(registry, view.model().entityStores(), context);
        this.path = path;
        this.responseRendering = responseRendering;
        this.mediaType = mediaType;
        this.offers = offers;
        this.log = log;
        this.etags = etags;
    }

    @Override
    public URI base() {
        return context.base();
    }

    @Override
    public String categoryLocation(String location) {
        return settings.absoluteCategoryLocations() ? absolute(location) : location;
    }

    @Override
    public Optional<Category> category(CategoryId id) {
        return view.category(id);
    }

    @Override
    public String mediaType() {
        return mediaType;
    }

    @Override
    public String requestPath() {
        return path;
    }

    @Override
    public List<Mixin> applicableMixins(CategoryId kind) {
        return view.categories().stream().filter(c -> c instanceof Mixin).map(c -> (Mixin) c)
                .filter(m -> view.applies(m, kind)).toList();
    }

    @Override
    public Optional<String> createRefused(Kind kind) {
        return new BackendCalls(this).refusesCreate(kind);
    }

    @Override
    public Optional<String> deleteRefused(Entity entity) {
        return new BackendCalls(this).refusesDelete(entity);
    }

    @Override
    public Optional<String> changeRefused(Entity entity) {
        return new BackendCalls(this).refusesChange(entity);
    }

    @Override
    public Optional<String> tagRefused(Mixin mixin, Entity entity) {
        return new BackendCalls(this).refusesTag(mixin, entity);
    }

    @Override
    public Optional<String> untagRefused(Mixin mixin, Entity entity) {
        return new BackendCalls(this).refusesUntag(mixin, entity);
    }

    @Override
    public String queryParameter(String name) {
        return call.queryParameter(name);
    }

    /** The client's view of the request for a rendering to parse. */
    OcciRequest occiRequest() {
        String contentType = Negotiation.mediaTypeOf(call.firstHeader("Content-Type"));
        return new OcciRequest() {
            @Override
            public List<String> headers(String name) {
                return call.header(name);
            }

            @Override
            public String contentType() {
                return contentType;
            }

            @Override
            public InputStream body() {
                return new ByteArrayInputStream(call.body());
            }
        };
    }

    /**
     * Parses the request with the rendering for its {@code Content-Type} (415 when none reads
     * it). Without a Content-Type the request's data can only be in headers (text/occi) or a
     * text/plain body, the two OCCI 1.1 clients send unlabelled.
     */
    <T> T parse(java.util.function.Function<Rendering, T> parser) {
        String contentType = Negotiation.mediaTypeOf(call.firstHeader("Content-Type"));
        List<String> wanted = contentType != null ? List.of(contentType)
                : call.body().length > 0 ? List.of("text/plain", "text/occi") : List.of("text/occi", "text/plain");
        for (String type : wanted) {
            for (RenderingOffer offer : offers) {
                if (offer.consumes().contains(type)) {
                    Optional<RenderingOffer.Lease> lease = offer.leases().get();
                    if (lease.isPresent()) {
                        try (RenderingOffer.Lease held = lease.get()) {
                            return parser.apply(held.rendering());
                        } catch (IllegalArgumentException malformed) {
                            throw OcciException.badRequest("malformed " + type + " request: " + malformed.getMessage());
                        }
                    }
                }
            }
        }
        throw new OcciException(415, contentType == null ? "the request needs a Content-Type" : "cannot read " + contentType);
    }

    /** The entity the request carries, its class-less categories (OCCI 1.1) classified from the model. */
    occi.api.rendering.EntityRepresentation parseEntity() {
        return CategoryResolution.classify(this, parse(r -> r.parseEntity(occiRequest())));
    }

    /**
     * Remembers something the server inferred from a liberal (OCCI 1.1 style) request, to
     * tell the client in the reply (see {@link ProtocolEngine}: a {@code Warning} header).
     */
    void note(String inference) {
        if (!notes.contains(inference)) {
            notes.add(inference);
        }
    }

    /** What the server inferred while serving this request, in plain words. */
    List<String> notes() {
        return List.copyOf(notes);
    }

    /** Whether the client sent anything a rendering could parse. */
    boolean hasPayload() {
        return call.body().length > 0 || call.firstHeader("Content-Type") != null
                || call.headers().keySet().stream().anyMatch(h -> h.equalsIgnoreCase("Category") || h.toLowerCase(java.util.Locale.ROOT).startsWith("x-occi-")
                        || h.equalsIgnoreCase("Link"));
    }

    /** Renders an answer with the negotiated rendering; a rendering failure becomes an error answer. */
    Answer render(int status, RenderStep step) {
        BufferedResponse response = new BufferedResponse(mediaType);
        try {
            step.render(responseRendering.rendering(), this, response);
        } catch (IOException e) {
            response.discard();
            throw new OcciException(500, "the " + mediaType + " rendering failed: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            response.discard();
            throw e;
        }
        Answer answer = new Answer(status, response.body, !call.method().equals("HEAD"));
        answer.header("Content-Type", mediaType);
        response.headers.forEach(h -> answer.header(h.getKey(), h.getValue()));
        return answer;
    }

    /** A short message in the negotiated rendering. */
    Answer message(int status, String text) {
        return render(status, (rendering, context, response) -> rendering.renderMessage(status, text, context, response));
    }

    /** The base-relative path of a location the client gave absolute or relative; {@code null} if outside this server. */
    String localPath(String location) {
        if (location == null) {
            return null;
        }
        String trimmed = location.trim();
        String base = context.base().toString();
        String baseNoSlash = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        if (trimmed.startsWith(baseNoSlash + "/")) {
            return trimmed.substring(baseNoSlash.length());
        }
        if (trimmed.startsWith("/")) {
            String basePath = settings.basePath();
            if (!basePath.equals("/") && trimmed.startsWith(basePath)) {
                return trimmed.substring(basePath.length() - 1);
            }
            return trimmed;
        }
        return null;
    }

    /**
     * Stores the changes in one commit. A version mismatch the client did not ask about
     * (no {@code If-Match}) means someone else changed the entity meanwhile: 409, not 412.
     */
    List<occi.api.Entity> commit(List<occi.api.backend.Change> changes) {
        if (changes.isEmpty()) {
            return List.of();
        }
        try {
            return storage.commit(changes);
        } catch (OcciException e) {
            if (e.status() == 412 && call.firstHeader("If-Match") == null) {
                throw OcciException.conflict("the entity changed while this request was served; try again");
            }
            throw e;
        }
    }

    /**
     * The most bytes of header lines a rendering may add (text/occi renders data in headers). The
     * HTTP server refuses to send more than 16 KiB of headers in all (Felix HTTP's
     * {@code headerBufferSize}) and fails the answer with a 500; 1 KiB is kept for the
     * server's own headers. A larger answer is a 406 that says which media types can carry it.
     */
    static final int MAX_RENDERED_HEADER_BYTES = 15 * 1024;

    /** Collects a rendering's headers and body; the body goes to a {@link SpillingBuffer}. */
    private static final class BufferedResponse implements OcciResponse {
        final List<Map.Entry<String, String>> headers = new ArrayList<>();
        final SpillingBuffer body = new SpillingBuffer();
        private final String mediaType;
        private boolean bodyStarted;
        private int headerBytes;

        BufferedResponse(String mediaType) {
            this.mediaType = mediaType;
        }

        @Override
        public void addHeader(String name, String value) {
            if (bodyStarted) {
                throw new IllegalStateException("header " + name + " added after the body was started");
            }
            if (name.equalsIgnoreCase("Content-Length") || name.equalsIgnoreCase("Content-Type")) {
                return; // the server sets these, once
            }
            headerBytes += name.length() + value.length() + 4; // "name: value\r\n"
            if (headerBytes > MAX_RENDERED_HEADER_BYTES) {
                throw new OcciException(406, "this answer in " + mediaType + " needs more than " + MAX_RENDERED_HEADER_BYTES
                        + " bytes of response headers, more than HTTP servers and clients take; ask for text/plain or"
                        + " application/occi+json (or text/uri-list for a listing), or list fewer at a time (?page=1&number=100)");
            }
            headers.add(Map.entry(name, value));
        }

        @Override
        public OutputStream body() {
            bodyStarted = true;
            return new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    body.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    body.write(b, off, len);
                }

                @Override
                public void close() {
                    // the server closes the real stream after sending it
                }
            };
        }

        void discard() {
            try {
                body.close();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
