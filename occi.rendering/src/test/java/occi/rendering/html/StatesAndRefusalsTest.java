package occi.rendering.html;

import static occi.rendering.html.Fixtures.COMPUTE;
import static occi.rendering.html.Fixtures.DEBIAN;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import occi.api.AttributeDefinition;
import occi.api.AttributeType;
import occi.api.Category;
import occi.api.CategoryId;
import occi.api.Entity;
import occi.api.Kind;
import occi.api.Mixin;
import occi.api.Resource;
import occi.api.rendering.CollectionInfo;
import occi.api.rendering.EntityView;
import occi.api.rendering.RenderContext;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** States as badges; what the backends refuse is not offered, and the reason is shown. */
class StatesAndRefusalsTest {

    final HtmlRendering rendering = new HtmlRendering(Look.defaults(), Fixtures.silentLogger(new java.util.ArrayList<>()));

    /** The fixtures' context, refusing what the server would say its backends refuse. */
    record Refusing(Fixtures.Context model, String create, String delete, String tag, String untag, String change) implements RenderContext {
        Refusing(Fixtures.Context model, String create, String delete, String tag, String untag) {
            this(model, create, delete, tag, untag, null);
        }

        @Override
        public Optional<String> changeRefused(Entity entity) {
            return Optional.ofNullable(change);
        }

        @Override
        public URI base() {
            return model.base();
        }

        @Override
        public String categoryLocation(String location) {
            return location;
        }

        @Override
        public Optional<Category> category(CategoryId id) {
            return model.category(id);
        }

        @Override
        public String mediaType() {
            return "text/html";
        }

        @Override
        public List<Mixin> applicableMixins(CategoryId kind) {
            return List.of(Fixtures.OS_TPL, DEBIAN);
        }

        @Override
        public Optional<String> createRefused(Kind kind) {
            return Optional.ofNullable(create);
        }

        @Override
        public Optional<String> deleteRefused(Entity entity) {
            return Optional.ofNullable(delete);
        }

        @Override
        public Optional<String> tagRefused(Mixin mixin, Entity entity) {
            return mixin.equals(Fixtures.OS_TPL) ? Optional.ofNullable(tag) : Optional.empty();
        }

        @Override
        public Optional<String> untagRefused(Mixin mixin, Entity entity) {
            return Optional.ofNullable(untag);
        }
    }

    Document entityPage(RenderContext context, EntityView view) throws Exception {
        Fixtures.Response response = new Fixtures.Response();
        rendering.renderEntity(view, context, response);
        return Jsoup.parse(response.text());
    }

    Document collectionPage(RenderContext context, Category category, String location, EntityView... views) throws Exception {
        Fixtures.Response response = new Fixtures.Response();
        rendering.renderCollection(List.of(views).iterator(), new CollectionInfo(location, category, 1, 20, views.length), context, response);
        return Jsoup.parse(response.text());
    }

    static EntityView vm(String id, String state) {
        Resource vm = new Resource(id, "/compute/" + id, COMPUTE.id(), List.of(DEBIAN.id()),
                Map.of("occi.compute.cores", 2L, "occi.compute.state", state, "occi.compute.state.message", "since noon"), "vm " + id, null, 1);
        return new EntityView(vm, COMPUTE, List.of(DEBIAN), List.of(), List.of());
    }

    @Test
    void anEntityPageShowsItsStateAsABadgeWithTextAndTitle() throws Exception {
        Document page = entityPage(Fixtures.context("http://127.0.0.1:8080/"), vm("1", "active"));

        Element badge = page.selectFirst("p.states span.state");
        assertThat(badge.text()).isEqualTo("active");
        assertThat(badge.classNames()).contains("state-ok");
        assertThat(badge.attr("title")).isEqualTo("occi.compute.state: active (since noon)");
        assertThat(badge.attr("data-state")).isEqualTo("occi.compute.state");
    }

    @Test
    void aListingHasAStateColumnWithOneToneEach() throws Exception {
        Document page = collectionPage(Fixtures.context("http://127.0.0.1:8080/"), COMPUTE, "/compute/", vm("1", "active"), vm("2", "inactive"));

        assertThat(page.select("table.entities thead th").eachText()).contains("State");
        assertThat(page.select("table.entities td.states span.state").eachText()).containsExactly("active", "inactive");
        assertThat(page.select("table.entities td.states span.state").eachAttr("class"))
                .containsExactly("state state-ok", "state state-idle");
    }

    @Test
    void onlyEnumAttributesNamedStateAreStatesAndEveryValueHasATone() {
        assertThat(StateBadges.isState(AttributeDefinition.builder("occi.compute.state", AttributeType.ENUM).values("a").build())).isTrue();
        assertThat(StateBadges.isState(AttributeDefinition.builder("confine.node.set_state", AttributeType.ENUM).values("a").build())).isTrue();
        assertThat(StateBadges.isState(AttributeDefinition.builder("occi.compute.state.message", AttributeType.STRING).build())).isFalse();
        assertThat(StateBadges.isState(AttributeDefinition.builder("my.state", AttributeType.STRING).build()))
                .as("a free string is not a declared state").isFalse();
        assertThat(StateBadges.isState(AttributeDefinition.builder("occi.compute.estate", AttributeType.ENUM).values("a").build())).isFalse();
        assertThat(List.of("active", "inactive", "suspended", "error", "fail_deploy", "production", "whatever"))
                .extracting(StateBadges::tone).containsExactly("ok", "idle", "warn", "error", "error", "ok", "other");
    }

    @Test
    void aStatelessEntitySaysSo() throws Exception {
        Resource plain = new Resource("p", "/compute/p", COMPUTE.id(), List.of(), Map.of("occi.compute.cores", 1L), "p", null, 1);
        Document page = entityPage(Fixtures.context("http://127.0.0.1:8080/"), new EntityView(plain, COMPUTE, List.of(), List.of(), List.of()));
        assertThat(page.select("p.states span.state")).isEmpty();
        assertThat(page.selectFirst("p.states").text()).isEqualTo("no state");
    }

    @Test
    void aRefusedDeleteIsNoButtonButItsReason() throws Exception {
        Refusing context = new Refusing(Fixtures.context("http://127.0.0.1:8080/"), null, "a fixed network", null, null);
        Document page = entityPage(context, vm("1", "active"));

        assertThat(page.select("form.delete")).isEmpty();
        assertThat(page.selectFirst("section.delete .refused").text()).isEqualTo("Not deleted here: a fixed network");
    }

    @Test
    void aRefusedUntagIsNoButtonAndARefusedMixinIsNoChoice() throws Exception {
        Refusing context = new Refusing(Fixtures.context("http://127.0.0.1:8080/"), null, null, "not on a running machine", "it is required");
        Document page = entityPage(context, vm("1", "active"));

        assertThat(page.select("section.categories form.untag")).isEmpty();
        assertThat(page.selectFirst("section.categories .refused").attr("title")).isEqualTo("it is required");
        assertThat(page.select("form.tag option").eachAttr("value")).doesNotContain(Fixtures.OS_TPL.id().toString());
        assertThat(page.select("form.delete")).as("what is not refused is offered").hasSize(1);
    }

    @Test
    void whatIsNotRefusedIsOffered() throws Exception {
        Refusing context = new Refusing(Fixtures.context("http://127.0.0.1:8080/"), null, null, null, null);
        Document entity = entityPage(context, vm("1", "active"));
        assertThat(entity.select("section.categories form.untag")).hasSize(1);
        assertThat(entity.select("form.tag option").eachAttr("value")).contains(Fixtures.OS_TPL.id().toString());
        Document listing = collectionPage(context, COMPUTE, "/compute/", vm("1", "active"));
        assertThat(listing.select("form.create")).hasSize(1);
        assertThat(listing.select(".refused")).isEmpty();
    }

    @Test
    void anEntityNoChangeIsAcceptedForOffersNoUpdateTagUntagNorActionButStillItsDelete() throws Exception {
        Refusing context = new Refusing(Fixtures.context("http://127.0.0.1:8080/"), null, null, null, null, "a fixed network");
        Document page = entityPage(context, Fixtures.view(Fixtures.vm("1", "one")));

        assertThat(page.select("form.update, form.tag, form.untag, form.action")).isEmpty();
        assertThat(page.select(".refused").eachText()).contains("Not changed here: a fixed network", "Not tagged here: a fixed network",
                "No action here: a fixed network");
        assertThat(page.select("form.delete")).hasSize(1);
    }

    @Test
    void aRefusedCreateIsNoFormButItsReason() throws Exception {
        Refusing context = new Refusing(Fixtures.context("http://127.0.0.1:8080/"), "nodes are made in the controller", null, null, null);
        Document page = collectionPage(context, COMPUTE, "/compute/", vm("1", "active"));

        assertThat(page.select("form.create")).isEmpty();
        assertThat(page.selectFirst("section.create .refused").text()).isEqualTo("Not created here: nodes are made in the controller");
    }

    @Test
    void aMixinCollectionOffersNeitherTagNorUntagWhenRefused() throws Exception {
        Refusing context = new Refusing(Fixtures.context("http://127.0.0.1:8080/"), null, null, "made with the compute", "it is required");
        Document page = collectionPage(context, Fixtures.OS_TPL, "/os_tpl/", vm("1", "active"));

        assertThat(page.select("form.tag")).isEmpty();
        assertThat(page.selectFirst("section.tag .refused").text()).isEqualTo("Not tagged here: made with the compute");
        assertThat(page.select("form.untag")).isEmpty();
        assertThat(page.selectFirst("table.entities .refused").attr("title")).isEqualTo("it is required");
    }
}
