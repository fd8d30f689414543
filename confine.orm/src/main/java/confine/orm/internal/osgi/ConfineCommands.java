package confine.orm.internal.osgi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import confine.orm.Api;
import confine.orm.Resource;
import confine.orm.ConfineException;
import confine.orm.internal.Json;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.framework.ServiceReference;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;

/**
 * The {@code confine:} commands of the Gogo shell: the client's interactive session
 * from the platform's shell. One current session per command service; {@code connect}
 * with no URL takes a configured {@link Api} service ({@code confine.orm.api~*}) or, with
 * none, the container's own controller at {@code /confine/api/} of its HTTP endpoint.
 * Resources are named by URIs relative to the connected API base ({@code nodes/1413/}) or
 * absolute ones; JSON is printed one way everywhere (the client's indented form); an error
 * of the client is its message, the futures it passed through unwrapped.
 *
 * <pre>
 * g! confine:connect
 * g! confine:ls nodes group__name=vct
 * g! confine:show nodes/1413/
 * g! confine:login vct vct
 * g! confine:do reboot nodes/1413/
 * </pre>
 */
// Immediate: Gogo ungets the service after each command, and the connection must outlive it.
@Component(service = ConfineCommands.class, immediate = true, property = {
        "osgi.command.scope=confine", "osgi.command.function=confine",
        "osgi.command.function=connect", "osgi.command.function=login", "osgi.command.function=logout",
        "osgi.command.function=ls", "osgi.command.function=show", "osgi.command.function=do",
        "osgi.command.function=set", "osgi.command.function=rm", "osgi.command.function=upload" })
public class ConfineCommands {

    /** Where the container's own controller serves its API, below the HTTP endpoint (as the testbed mapping's {@code local.path}). */
    static final String LOCAL_API_PATH = "confine/api/";

    /** What {@code help confine} shows: Gogo's help finds commands by name, so the overview is a command of its own. */
    static final String OVERVIEW = "the CONFINE client's commands (type confine for each one's use; help confine:<command> for its parameters): "
            + "connect [base-url], login <user> <password>, logout, ls <collection> [lookup=value ...], show <uri|collection>, "
            + "do <action> <uri> [json], set <uri> name=value ..., rm <uri>, upload <action> <uri> <file>; "
            + "a URI may be relative to the API base, e.g. nodes/1413/";

    private final ObjectMapper mapper = new ObjectMapper();
    private final AtomicReference<Api> current = new AtomicReference<>();
    private final AtomicReference<Api> own = new AtomicReference<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private volatile List<Api> configured = List.of();

    /** The container's HTTP endpoint, as the JAX-RS runtime reports it: where the embedded controller is. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ServiceReference<JaxrsServiceRuntime> runtime;

    @Deactivate
    void deactivate() {
        Api mine = own.getAndSet(null);
        if (mine != null) {
            mine.close();
        }
    }

    @Descriptor(OVERVIEW)
    public String confine() {
        return """
                confine: the CONFINE client; a <uri> is absolute or relative to the API base (nodes/1413/)
                  confine:connect [base-url]              connect: with no URL to the configured controller, else the container's own
                  confine:login <user> <password>         log in: later commands send the user's token
                  confine:logout                          forget the token
                  confine:ls <collection> [lookup=value]  list a collection's resources, e.g. ls nodes group__name=vct
                  confine:show <uri|collection>           show a resource or a whole collection as JSON
                  confine:do <action> <uri> [json]        call a resource's action, e.g. do reboot nodes/1413/
                  confine:set <uri> name=value ...        change fields of a resource and save them
                  confine:rm <uri>                        delete a resource
                  confine:upload <action> <uri> <file>    upload a file with a resource's upload action
                help confine:<command> describes a command's parameters""";
    }

    @Descriptor("connect to the configured controller (a confine.orm.api configuration), else to the container's own at /confine/api/")
    public String connect() {
        List<Api> available = configured;
        if (!available.isEmpty()) {
            return use(available.get(0), false);
        }
        ServiceReference<JaxrsServiceRuntime> http = runtime;
        if (http == null) {
            throw new IllegalStateException("No controller to connect to: no confine.orm.api configuration and no HTTP "
                    + "endpoint in this container; give a URL, confine:connect <base-url>");
        }
        return connect(RuntimeEndpoint.of(http).resolve(LOCAL_API_PATH).toString());
    }

    @Descriptor("connect to a controller")
    public String connect(@Descriptor("the API base URL, e.g. http://127.0.0.1:8080/confine/api/") String baseUrl) {
        return unwrapped(() -> use(Api.of(baseUrl), true));
    }

    private String use(Api api, boolean owned) {
        try {
            api.retrieve();
        } catch (RuntimeException e) {
            if (owned) {
                api.close();
            }
            throw e;
        }
        current.set(api);
        Api previous = own.getAndSet(owned ? api : null);
        if (previous != null && previous != api) {
            previous.close();
        }
        return "Connected to " + api.uri() + "\n  collections " + api.managers().keySet()
                + "\n  actions     " + api.actions().keySet();
    }

    @Descriptor("log in: later commands send the user's token")
    public String login(@Descriptor("user name") String username, @Descriptor("password") String password) {
        return unwrapped(() -> {
            api().login(username, password);
            return "Logged in as " + username;
        });
    }

    @Descriptor("forget the token")
    public String logout() {
        api().logout();
        return "Logged out";
    }

    @Descriptor("list a collection's resources, filtered by Django-style lookups")
    public String ls(@Descriptor("collection name, e.g. nodes") String collection,
            @Descriptor("lookups, e.g. group__name=vct id__in=1,2 name__contains=node") String... lookups) {
        List<Resource> list = unwrapped(() -> api().manager(collection).filter(lookups(lookups)).list());
        StringBuilder out = new StringBuilder();
        for (Resource r : list) {
            String label = r.loaded() ? r.string("name") : null;
            out.append(r.uri()).append(label == null ? "" : "  " + label).append('\n');
        }
        return out.append(list.size()).append(list.size() == 1 ? " resource" : " resources").toString();
    }

    @Descriptor("show a resource (by URI) or a collection (by name) as JSON")
    public String show(@Descriptor("a resource URI, e.g. nodes/1413/, or a collection name, e.g. nodes") String what) {
        return unwrapped(() -> {
            Api api = api();
            String name = what.endsWith("/") ? what.substring(0, what.length() - 1) : what;
            if (!name.contains("/") && !name.contains(":") && api.managers().containsKey(name)) {
                return api.manager(name).all().toString();
            }
            return api.get(resolve(what)).toString();
        });
    }

    @Descriptor("call a resource's action (or the base resource's, with the URI left out)")
    public String _do(@Descriptor("action name, e.g. reboot") String action,
            @Descriptor("the resource URI, e.g. nodes/1413/") String uri) {
        return unwrapped(() -> Json.print(api().get(resolve(uri)).invoke(action)));
    }

    @Descriptor("call a resource's action with a JSON body")
    public String _do(@Descriptor("action name") String action, @Descriptor("the resource URI") String uri,
            @Descriptor("the JSON body") String json) throws IOException {
        JsonNode body = mapper.readTree(json);
        return unwrapped(() -> Json.print(api().get(resolve(uri)).invoke(action, body)));
    }

    @Descriptor("upload a file with a resource's upload action")
    public String upload(@Descriptor("action name, e.g. upload_overlay") String action,
            @Descriptor("the resource URI") String uri, @Descriptor("the file") String file) {
        return unwrapped(() -> Json.print(api().get(resolve(uri)).upload(action, Path.of(file))));
    }

    @Descriptor("change fields of a resource and save them")
    public String set(@Descriptor("the resource URI") String uri,
            @Descriptor("fields, e.g. name=renamed description=\"a node\"") String... fields) {
        Map<String, Object> values = lookups(fields);
        return unwrapped(() -> {
            Resource r = api().get(resolve(uri));
            values.forEach(r::set);
            return r.save().toString();
        });
    }

    @Descriptor("delete a resource")
    public String rm(@Descriptor("the resource URI") String uri) {
        return unwrapped(() -> {
            URI target = resolve(uri);
            api().get(target).delete();
            return "Deleted " + target;
        });
    }

    private Api api() {
        Api api = current.get();
        if (api == null) {
            throw new IllegalStateException("Not connected: confine:connect <base-url> first");
        }
        return api;
    }

    /** A URI as typed: absolute, or relative to the connected API base ({@code nodes/1413/}, {@code /confine/api/nodes/1413/}). */
    private URI resolve(String uri) {
        URI given = URI.create(uri.trim());
        URI resolved = given.isAbsolute() ? given : api().uri().resolve(given);
        // CONFINE resource URIs end with '/': nodes/1413 names the same node
        return resolved.getPath() != null && !resolved.getPath().endsWith("/") && resolved.getQuery() == null
                ? URI.create(resolved + "/") : resolved;
    }

    /**
     * Runs a command's client calls so that an error reads as the client's message: a
     * {@link CompletionException} or {@link ExecutionException} around it is taken off, and
     * only the cause is thrown (Gogo prints the exception it gets).
     */
    static <T> T unwrapped(Supplier<T> call) {
        try {
            return call.get();
        } catch (CompletionException e) {
            throw cause(e);
        }
    }

    static RuntimeException cause(Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new ConfineException(String.valueOf(t.getMessage()), t);
    }

    /** {@code name=value} words as lookups or fields: integers, true/false, null, comma lists for {@code __in}, quoted strings. */
    static Map<String, Object> lookups(String... words) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (String word : words == null ? new String[0] : words) {
            int eq = word.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("Expected name=value, got " + word);
            }
            String name = word.substring(0, eq);
            String raw = word.substring(eq + 1);
            map.put(name, name.endsWith("__in")
                    ? Arrays.stream(raw.split(",")).map(ConfineCommands::value).collect(Collectors.toCollection(ArrayList::new))
                    : value(raw));
        }
        return map;
    }

    static Object value(String raw) {
        if (raw.length() >= 2 && raw.startsWith("\"") && raw.endsWith("\"")) {
            return raw.substring(1, raw.length() - 1);
        }
        if (raw.matches("-?\\d{1,18}")) {
            return Long.valueOf(raw);
        }
        return switch (raw) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            case "null" -> null;
            default -> raw;
        };
    }
}
