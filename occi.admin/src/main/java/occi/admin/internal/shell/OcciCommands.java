package occi.admin.internal.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import occi.admin.internal.http.OcciServerException;
import occi.admin.internal.http.Reply;
import occi.admin.internal.inventory.CategoryRow;
import occi.admin.internal.inventory.Definition;
import occi.admin.internal.inventory.EntityRow;
import occi.admin.internal.inventory.RegistryInfo;
import occi.admin.internal.inventory.RenderingInfo;
import occi.admin.internal.inventory.ServerView;
import occi.admin.internal.stats.RequestStatistics;
import occi.api.runtime.RuntimeDTO;
import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@code occi:} commands of the Gogo shell. Reads come from the server's HTTP API and
 * its services; changes go through the HTTP API, so backends see them.
 *
 * <pre>
 * g! occi:categories kind
 * g! occi:create compute occi.compute.cores=2 occi.core.title=web
 * g! occi:ls compute
 * g! occi:do start /compute/6f1c...
 * g! occi:serves text/html
 * g! occi:runtime
 * </pre>
 */
@Component(service = OcciCommands.class, property = {
        "osgi.command.scope=occi",
        "osgi.command.function=categories", "osgi.command.function=ls", "osgi.command.function=show",
        "osgi.command.function=create", "osgi.command.function=rm", "osgi.command.function=do",
        "osgi.command.function=renderings", "osgi.command.function=registries", "osgi.command.function=serves",
        "osgi.command.function=requests", "osgi.command.function=runtime" })
public class OcciCommands {

    private final ServerView server;
    private final RequestStatistics statistics;

    @Activate
    public OcciCommands(@Reference ServerView server, @Reference RequestStatistics statistics) {
        this.server = server;
        this.statistics = statistics;
    }

    @Descriptor("list every kind, mixin and action with the bundle that defines it")
    public String categories() {
        return categories("all");
    }

    @Descriptor("list the categories of one class")
    public String categories(@Descriptor("kind, mixin, action or all") String categoryClass) {
        Table table = Table.of("CLASS", "TERM", "SCHEME", "LOCATION", "DEFINED BY");
        for (CategoryRow c : server.categories()) {
            if (categoryClass.equals("all") || c.categoryClass().equals(categoryClass)) {
                table.row(c.categoryClass(), c.term(), c.scheme(), c.location(), c.definedBy());
            }
        }
        return table + count(table.size(), "category", "categories");
    }

    @Descriptor("list every resource and link with its kind and mixins")
    public String ls() {
        return ls(null);
    }

    @Descriptor("list the entities of a kind or mixin (sub-kinds included)")
    public String ls(@Descriptor("a kind or mixin: term or type identifier, e.g. compute") String category) {
        List<CategoryRow> categories = server.categories();
        List<EntityRow> entities = server.entities(categories);
        CategoryRow only = category == null ? null : ServerView.find(categories, category, null);
        Table table = Table.of("LOCATION", "KIND", "MIXINS");
        for (EntityRow e : entities) {
            if (only == null || matches(e, only, categories)) {
                table.row(e.path(), term(e.kind(), categories),
                        String.join(",", e.mixins().stream().map(m -> term(m, categories)).toList()));
            }
        }
        return table + count(table.size(), "entity", "entities");
    }

    @Descriptor("show an entity in the text/plain rendering")
    public String show(@Descriptor("its location, e.g. /compute/6f1c...") String location) {
        return body(server.client().get(location, "text/plain"), "GET " + location);
    }

    @Descriptor("create a resource of a kind; prints its location")
    public String create(@Descriptor("the kind: term or type identifier, e.g. compute") String kind,
            @Descriptor("attributes, e.g. occi.compute.cores=2 occi.core.title=web") String... attributes) {
        CategoryRow row = ServerView.find(server.categories(), kind, "kind");
        if (row.location().isEmpty()) {
            throw new IllegalArgumentException(row.typeId() + " cannot be instantiated (it has no location)");
        }
        Reply reply = server.client().post(row.location(), TextBody.category(row) + TextBody.attributes(attributes));
        if (!reply.ok()) {
            throw new OcciServerException("POST " + row.location() + " answered " + reply.message());
        }
        return reply.headers().firstValue("Location").orElse(reply.body().strip());
    }

    @Descriptor("delete an entity (and its links)")
    public String rm(@Descriptor("its location") String location) {
        body(server.client().delete(location), "DELETE " + location);
        return "Deleted " + location;
    }

    @Descriptor("trigger an action on an entity")
    public String _do(@Descriptor("the action: term or type identifier, e.g. start") String action,
            @Descriptor("the entity's location") String location,
            @Descriptor("action attributes, e.g. method=graceful") String... attributes) {
        CategoryRow row = ServerView.find(server.categories(), offeredAction(action, location), "action");
        Reply reply = server.client().post(location + "?action=" + row.term(), TextBody.category(row) + TextBody.attributes(attributes));
        body(reply, "POST " + location + "?action=" + row.term());
        return "Triggered " + row.term() + " on " + location + " (" + reply.status() + ")";
    }

    /**
     * A term names the action among those the entity offers now (its action links), since
     * several backends may define an action with the same term (compute, CONFINE slice and
     * sliver all have {@code start}). When the entity offers none by that term, the name is
     * left as given: the server then says why the action does not apply.
     */
    private String offeredAction(String action, String location) {
        if (action.contains("#")) {
            return action;
        }
        Reply entity = server.client().get(location, "text/plain");
        if (!entity.ok()) {
            return action;
        }
        List<String> offered = ActionLinks.typeIds(entity.body(), action);
        return offered.size() == 1 ? offered.get(0) : action;
    }

    @Descriptor("list the renderings: media types and the bundle of each")
    public String renderings() {
        Table table = Table.of("MEDIA TYPE", "DIRECTION", "BUNDLE", "SERVICE");
        for (RenderingInfo r : server.inventory().renderings()) {
            r.produces().forEach(m -> table.row(m, "produces", r.bundle(), r.serviceId()));
            r.consumes().forEach(m -> table.row(m, "consumes", r.bundle(), r.serviceId()));
        }
        return table.toString();
    }

    @Descriptor("list the registries by ranking; the first is in use")
    public String registries() {
        Table table = Table.of("IN USE", "RANKING", "IMPLEMENTATION", "BUNDLE");
        for (RegistryInfo r : server.inventory().registries()) {
            table.row(r.inUse() ? "*" : "", r.ranking(), r.implementation(), r.bundle());
        }
        return table.toString();
    }

    @Descriptor("show which bundles serve a media type or define a category")
    public String serves(@Descriptor("a media type (text/html) or a category (term or type identifier)") String what) {
        Table table = Table.of("WHAT", "ROLE", "BUNDLE");
        if (what.contains("/") && !what.contains("#")) {
            for (RenderingInfo r : server.inventory().renderings()) {
                if (r.produces().contains(what)) {
                    table.row(what, "Rendering (produces)", r.bundle());
                }
                if (r.consumes().contains(what)) {
                    table.row(what, "Rendering (consumes)", r.bundle());
                }
            }
        } else {
            for (Definition d : server.inventory().definitions()) {
                if (d.typeId().equals(what) || d.term().equals(what)) {
                    table.row(d.typeId(), d.backend(), d.bundle());
                }
            }
        }
        if (table.size() == 0) {
            return "Nothing serves " + what;
        }
        return table.toString();
    }

    @Descriptor("show the server's runtime: base URI, registry in use, backends, and every service it refused or dropped, with the reason")
    public String runtime() {
        RuntimeDTO runtime = server.inventory().runtime()
                .orElseThrow(() -> new IllegalStateException("no OCCI server runs: its runtime service is not registered"));
        return RuntimeText.of(runtime);
    }

    @Descriptor("count the server's answers by status code")
    public String requests() {
        Map<Integer, Long> recent = statistics.recent();
        Table table = Table.of("STATUS", "LAST " + statistics.windowMinutes() + " MIN", "SINCE START");
        statistics.sinceStart().forEach((code, total) -> table.row(code, recent.getOrDefault(code, 0L), total));
        return table.toString();
    }

    private static boolean matches(EntityRow entity, CategoryRow category, List<CategoryRow> categories) {
        if (category.categoryClass().equals("mixin")) {
            return entity.mixins().contains(category.typeId());
        }
        List<String> seen = new ArrayList<>();
        for (String kind = entity.kind(); kind != null && !kind.isEmpty() && !seen.contains(kind); kind = parent(kind, categories)) {
            if (kind.equals(category.typeId())) {
                return true;
            }
            seen.add(kind);
        }
        return false;
    }

    private static String parent(String kind, List<CategoryRow> categories) {
        return categories.stream().filter(c -> c.typeId().equals(kind)).map(CategoryRow::parent).findFirst().orElse(null);
    }

    private static String term(String typeId, List<CategoryRow> categories) {
        return categories.stream().filter(c -> c.typeId().equals(typeId)).map(CategoryRow::term).findFirst().orElse(typeId);
    }

    private static String body(Reply reply, String what) {
        if (!reply.ok()) {
            throw new OcciServerException(what + " answered " + reply.message());
        }
        return reply.body();
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
