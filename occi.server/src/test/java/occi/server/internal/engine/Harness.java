package occi.server.internal.engine;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import occi.api.backend.Backend;
import occi.api.backend.Registry;
import occi.server.internal.model.BackendEntry;
import occi.server.internal.model.Model;
import occi.server.internal.model.ModelBuilder;
import occi.server.internal.registry.InMemoryRegistry;

/** An engine with an in-memory registry, the scripted rendering and the backends a test adds. */
final class Harness {

    static final URI ROOT = URI.create("http://occi.test:8080/");
    /** The caller the engine tests make their requests as: anonymous, as HTTP calls without credentials. */
    static final occi.api.backend.RequestContext CALLER = occi.api.backend.RequestContext.anonymous(ROOT);

    final InMemoryRegistry registry = new InMemoryRegistry();
    final ScriptedRendering rendering = new ScriptedRendering();
    final List<String> warnings = new ArrayList<>();
    private final List<BackendEntry> backends = new ArrayList<>();
    volatile Model model = Model.CORE;
    volatile Registry registryInUse = registry;
    volatile List<RenderingOffer> offers = List.of(
            RenderingOffer.of("scripted", List.of("text/plain", "text/occi"), List.of("text/plain", "text/occi"), rendering));
    final DepartedStores departed = new DepartedStores();
    final ProtocolEngine engine;

    Harness() {
        this(ServerSettings.DEFAULTS);
    }

    Harness(ServerSettings settings) {
        engine = new ProtocolEngine(() -> model, () -> Optional.ofNullable(registryInUse), () -> offers, settings, new EngineLog() {
            @Override
            public void debug(String message) {
                // not checked
            }

            @Override
            public void warn(String message) {
                warnings.add(message);
            }

            @Override
            public void error(String message, Throwable cause) {
                warnings.add(message + ": " + cause);
            }
        }, departed);
    }

    Harness with(Backend backend) {
        backends.add(new BackendEntry(backend, backends.size() + 1, 0, backend.getClass().getSimpleName()));
        model = new ModelBuilder(warnings::add).build(backends);
        return this;
    }

    Harness without(Backend backend) {
        backends.removeIf(b -> b.backend() == backend);
        model = new ModelBuilder(warnings::add).build(backends);
        return this;
    }

    Request request(String method, String path) {
        return new Request(method, path);
    }

    Answer get(String path) {
        return request("GET", path).send();
    }

    /** A request being put together. */
    final class Request {
        private final String method;
        private final String path;
        private final Map<String, List<String>> headers = new LinkedHashMap<>();
        private final Map<String, List<String>> query = new LinkedHashMap<>();
        private byte[] body = new byte[0];
        private String principal;

        Request(String method, String path) {
            this.method = method;
            this.path = path;
        }

        Request header(String name, String value) {
            headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            return this;
        }

        Request query(String name, String value) {
            query.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            return this;
        }

        /** Marks the request as carrying a rendering (the scripted one reads it). */
        Request payload() {
            return header("Content-Type", "text/plain").body("scripted");
        }

        Request body(String text) {
            this.body = text.getBytes(StandardCharsets.UTF_8);
            return this;
        }

        Request as(String user) {
            this.principal = user;
            return this;
        }

        Answer send() {
            return engine.handle(new HttpCall(method, path, query, headers, body, ROOT, principal, Map.of("tenant", "t1")));
        }
    }
}
