package confine.orm.internal.osgi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import confine.orm.Api;
import confine.orm.Resource;
import confine.orm.ResourceCollection;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The {@code confine:} commands of the Gogo shell: the client's interactive session
 * from the platform's shell. One current session per command service; {@code connect}
 * with no URL takes a configured {@link Api} service ({@code confine.orm.api~*}).
 *
 * <pre>
 * g! confine:connect http://127.0.0.1:8080/confine/api/
 * g! confine:ls nodes group__name=vct
 * g! confine:show http://127.0.0.1:8080/confine/api/nodes/1413/
 * g! confine:login vct vct
 * g! confine:do reboot http://127.0.0.1:8080/confine/api/nodes/1413/
 * </pre>
 */
// Immediate: Gogo ungets the service after each command, and the connection must outlive it.
@Component(service = ConfineCommands.class, immediate = true, property = {
        "osgi.command.scope=confine",
        "osgi.command.function=connect", "osgi.command.function=login", "osgi.command.function=logout",
        "osgi.command.function=ls", "osgi.command.function=show", "osgi.command.function=do",
        "osgi.command.function=set", "osgi.command.function=rm", "osgi.command.function=upload" })
public class ConfineCommands {

    private final ObjectMapper mapper = new ObjectMapper();
    private final AtomicReference<Api> current = new AtomicReference<>();
    private final AtomicReference<Api> own = new AtomicReference<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private volatile List<Api> configured = List.of();

    @Deactivate
    void deactivate() {
        Api mine = own.getAndSet(null);
        if (mine != null) {
            mine.close();
        }
    }

    @Descriptor("connect to the configured controller (a confine.orm.api configuration)")
    public String connect() {
        List<Api> available = configured;
        if (available.isEmpty()) {
            throw new IllegalStateException("No confine.orm.api configuration: give a URL, confine:connect <base-url>");
        }
        return use(available.get(0), false);
    }

    @Descriptor("connect to a controller")
    public String connect(@Descriptor("the API base URL, e.g. http://127.0.0.1:8080/confine/api/") String baseUrl) {
        return use(Api.of(baseUrl), true);
    }

    private String use(Api api, boolean owned) {
        api.retrieve();
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
        api().login(username, password);
        return "Logged in as " + username;
    }

    @Descriptor("forget the token")
    public String logout() {
        api().logout();
        return "Logged out";
    }

    @Descriptor("list a collection's resources, filtered by Django-style lookups")
    public String ls(@Descriptor("collection name, e.g. nodes") String collection,
            @Descriptor("lookups, e.g. group__name=vct id__in=1,2 name__contains=node") String... lookups) {
        ResourceCollection members = api().manager(collection).filter(lookups(lookups));
        List<Resource> list = members.list();
        StringBuilder out = new StringBuilder();
        for (Resource r : list) {
            String label = r.loaded() ? r.string("name") : null;
            out.append(r.uri()).append(label == null ? "" : "  " + label).append('\n');
        }
        return out.append(list.size()).append(list.size() == 1 ? " resource" : " resources").toString();
    }

    @Descriptor("show a resource (by URI) or a collection (by name) as JSON")
    public String show(@Descriptor("a resource URI or a collection name") String what) {
        if (what.contains("://")) {
            return api().get(URI.create(what)).toString();
        }
        return api().manager(what).all().toString();
    }

    @Descriptor("call a resource's action (or the base resource's, with the URI left out)")
    public String _do(@Descriptor("action name, e.g. reboot") String action,
            @Descriptor("the resource URI") String uri) {
        return pretty(api().get(URI.create(uri)).invoke(action));
    }

    @Descriptor("call a resource's action with a JSON body")
    public String _do(@Descriptor("action name") String action, @Descriptor("the resource URI") String uri,
            @Descriptor("the JSON body") String json) throws IOException {
        return pretty(api().get(URI.create(uri)).invoke(action, mapper.readTree(json)));
    }

    @Descriptor("upload a file with a resource's upload action")
    public String upload(@Descriptor("action name, e.g. upload_overlay") String action,
            @Descriptor("the resource URI") String uri, @Descriptor("the file") String file) {
        return pretty(api().get(URI.create(uri)).upload(action, Path.of(file)));
    }

    @Descriptor("change fields of a resource and save them")
    public String set(@Descriptor("the resource URI") String uri,
            @Descriptor("fields, e.g. name=renamed description=\"a node\"") String... fields) {
        Resource r = api().get(URI.create(uri));
        lookups(fields).forEach(r::set);
        return r.save().toString();
    }

    @Descriptor("delete a resource")
    public String rm(@Descriptor("the resource URI") String uri) {
        api().get(URI.create(uri)).delete();
        return "Deleted " + uri;
    }

    private Api api() {
        Api api = current.get();
        if (api == null) {
            throw new IllegalStateException("Not connected: confine:connect <base-url> first");
        }
        return api;
    }

    private String pretty(JsonNode json) {
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(json);
        } catch (IOException e) {
            return json.toString();
        }
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
