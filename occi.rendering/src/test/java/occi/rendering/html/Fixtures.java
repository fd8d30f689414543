package occi.rendering.html;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import occi.api.Action;
import occi.api.AttributeDefinition;
import occi.api.AttributeType;
import occi.api.Category;
import occi.api.CategoryId;
import occi.api.Core;
import occi.api.Kind;
import occi.api.Link;
import occi.api.Mixin;
import occi.api.Resource;
import occi.api.rendering.EntityView;
import occi.api.rendering.OcciRequest;
import occi.api.rendering.OcciResponse;
import occi.api.rendering.RenderContext;
import org.osgi.service.log.Logger;

/** A small infrastructure-like model and in-memory request, response and context. */
final class Fixtures {

    static final String INFRA = "http://schemas.ogf.org/occi/infrastructure#";

    static final Action START = new Action(new CategoryId(INFRA.replace("#", "/compute/action#"), "start"), "Start", Map.of());
    static final Action STOP = new Action(new CategoryId(INFRA.replace("#", "/compute/action#"), "stop"), "Stop the machine",
            Kind.attributes(AttributeDefinition.builder("method", AttributeType.ENUM).values("graceful", "acpioff", "poweroff")
                    .required().build()));

    static final Kind COMPUTE = new Kind(new CategoryId(INFRA, "compute"), "Compute resource", Core.RESOURCE.id(),
            Kind.attributes(
                    AttributeDefinition.builder("occi.compute.cores", AttributeType.INTEGER).required().description("CPU cores").build(),
                    AttributeDefinition.builder("occi.compute.hostname", AttributeType.STRING).pattern("[a-z0-9.-]+").build(),
                    AttributeDefinition.builder("occi.compute.memory", AttributeType.NUMBER).defaultValue(1).build(),
                    AttributeDefinition.builder("occi.compute.state", AttributeType.ENUM).values("active", "inactive")
                            .immutable().required().build()),
            List.of(START.id(), STOP.id()), "/compute/");

    static final Kind NETWORK_INTERFACE = new Kind(new CategoryId(INFRA, "networkinterface"), "Network interface",
            Core.LINK.id(), Kind.attributes(AttributeDefinition.builder("occi.networkinterface.interface", AttributeType.STRING).build()),
            List.of(), "/networkinterface/");

    static final Mixin OS_TPL = Mixin.tag(new CategoryId(INFRA, "os_tpl"), "OS template", "/os_tpl/");
    static final Mixin DEBIAN = Mixin.tag(CategoryId.parse("http://example.com/templates/os#debian"), "Debian 12", "/os_tpl/debian/",
            OS_TPL.id());

    static final List<Category> MODEL = List.of(Core.ENTITY, Core.RESOURCE, Core.LINK, COMPUTE, NETWORK_INTERFACE, OS_TPL, DEBIAN,
            START, STOP);

    private Fixtures() {}

    static Resource vm(String id, String title) {
        return new Resource(id, "/compute/" + id, COMPUTE.id(), List.of(DEBIAN.id()),
                Map.of("occi.compute.cores", 2L, "occi.compute.state", "active"), title, null, 3);
    }

    static EntityView view(Resource resource, Link... links) {
        List<EntityView> linkViews = new ArrayList<>();
        for (Link link : links) {
            linkViews.add(new EntityView(link, NETWORK_INTERFACE, List.of(), List.of(), List.of()));
        }
        return new EntityView(resource, COMPUTE, List.of(DEBIAN), List.of(START, STOP), linkViews);
    }

    static Link link(String id, String source, String target) {
        return new Link(id, "/networkinterface/" + id, NETWORK_INTERFACE.id(), List.of(), Map.of(), null, source, target, null, 1);
    }

    static Context context(String base) {
        return new Context(URI.create(base), "/", Map.of());
    }

    /** A context for a request to a path with query parameters. */
    static Context context(String base, String path, Map<String, String> query) {
        return new Context(URI.create(base), path, query);
    }

    static Logger silentLogger(List<String> warnings) {
        return (Logger) Proxy.newProxyInstance(Logger.class.getClassLoader(), new Class<?>[] {Logger.class}, (proxy, method, args) -> {
            if (method.getName().equals("warn") && args != null && args.length > 0) {
                warnings.add(String.valueOf(args[0]));
            }
            return method.getReturnType() == boolean.class ? false : null;
        });
    }

    /** The model above, at a base URI. */
    record Context(URI base, String requestPath, Map<String, String> query) implements RenderContext {
        @Override
        public String queryParameter(String name) {
            return query.get(name);
        }

        @Override
        public List<Mixin> applicableMixins(CategoryId kind) {
            // Every mixin of the fixtures applies to any kind (none names kinds in applies).
            return MODEL.stream().filter(c -> c instanceof Mixin).map(c -> (Mixin) c).toList();
        }

        @Override
        public String categoryLocation(String location) {
            return location;
        }

        @Override
        public Optional<Category> category(CategoryId id) {
            return MODEL.stream().filter(c -> c.id().equals(id)).findFirst();
        }

        @Override
        public String mediaType() {
            return "text/html";
        }
    }

    /** A response kept in memory. */
    static final class Response implements OcciResponse {
        final Map<String, List<String>> headers = new LinkedHashMap<>();
        final ByteArrayOutputStream body = new ByteArrayOutputStream();

        @Override
        public void addHeader(String name, String value) {
            if (body.size() > 0) {
                throw new IllegalStateException("header after body");
            }
            headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }

        @Override
        public OutputStream body() {
            return body;
        }

        String text() {
            return body.toString(StandardCharsets.UTF_8);
        }

        String header(String name) {
            return headers.getOrDefault(name, List.of()).stream().findFirst().orElse(null);
        }
    }

    /** A request with a form body. */
    record FormRequest(String contentType, String form) implements OcciRequest {
        static FormRequest of(String form) {
            return new FormRequest(HtmlRendering.FORM, form);
        }

        @Override
        public List<String> headers(String name) {
            return List.of();
        }

        @Override
        public InputStream body() {
            return new ByteArrayInputStream(form.getBytes(StandardCharsets.UTF_8));
        }
    }
}
