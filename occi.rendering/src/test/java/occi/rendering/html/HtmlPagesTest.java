package occi.rendering.html;

import static occi.rendering.html.Fixtures.COMPUTE;
import static occi.rendering.html.Fixtures.DEBIAN;
import static occi.rendering.html.Fixtures.MODEL;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import occi.api.rendering.CollectionInfo;
import occi.api.rendering.EntityView;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The structure of each page: what a person sees and what each form posts where. */
class HtmlPagesTest {

    final List<String> warnings = new ArrayList<>();
    final HtmlRendering rendering = new HtmlRendering(Look.defaults(), Fixtures.silentLogger(warnings));
    final Fixtures.Context context = Fixtures.context("http://127.0.0.1:8080/");

    Document render(Fixtures.Response response) {
        assertThat(response.text()).startsWith("<!DOCTYPE html>");
        return Jsoup.parse(response.text());
    }

    @Test
    void theQueryInterfaceListsKindsMixinsAndActionsInSectionsOfTheirOwn() throws Exception {
        Fixtures.Response response = new Fixtures.Response();
        rendering.renderCategories(MODEL, context, response);
        Document page = render(response);

        assertThat(page.select("#kinds section.category")).hasSize(5);
        assertThat(page.select("#mixins section.category")).hasSize(2);
        assertThat(page.select("#actions section.category")).hasSize(2);
        assertThat(page.select("nav.toc a").eachText()).contains("Kinds (5)", "Mixins (2)", "Actions (2)");

        Element compute = page.select("section.category").stream()
                .filter(s -> s.text().contains("http://schemas.ogf.org/occi/infrastructure#compute")).findFirst().orElseThrow();
        assertThat(compute.selectFirst("a[href=/compute/]")).as("the kind's location is a link").isNotNull();
        // Relations are links within the page: the parent kind and the actions have sections there.
        Element parent = compute.select("tr:has(th:containsOwn(Parent)) a").first();
        assertThat(page.getElementById(parent.attr("href").substring(1)).text()).contains("core#resource");
        assertThat(compute.select("tr:has(th:containsOwn(Actions)) a").eachText())
                .containsExactly(Fixtures.START.id().toString(), Fixtures.STOP.id().toString());
        assertThat(compute.select("table.attributes td code").eachText())
                .containsExactly("occi.compute.cores", "occi.compute.hostname", "occi.compute.memory", "occi.compute.state");
        assertThat(compute.select("table.attributes tr:has(code:containsOwn(occi.compute.state)) td"))
                .extracting(Element::text).containsExactly("occi.compute.state", "enum [active, inactive]", "no", "yes", "", "", "");

        Element debian = page.select("#mixins section.category").stream().filter(s -> s.text().contains("debian")).findFirst().orElseThrow();
        assertThat(debian.select("tr:has(th:containsOwn(Depends on)) a").text()).isEqualTo(Fixtures.OS_TPL.id().toString());

        Element stop = page.select("#actions section.category").stream().filter(s -> s.text().contains("#stop")).findFirst().orElseThrow();
        assertThat(stop.select("table.attributes td code").eachText()).containsExactly("method");
    }

    @Test
    void theQueryInterfaceHasFormsToDefineAndRemoveAUserMixin() throws Exception {
        Fixtures.Response response = new Fixtures.Response();
        rendering.renderCategories(MODEL, context, response);
        Document page = render(response);

        Element define = page.selectFirst("form.define-mixin");
        assertThat(define.attr("method")).isEqualTo("post");
        assertThat(define.attr("action")).isEqualTo("/-/");
        assertThat(define.select("input").eachAttr("name")).containsExactly("category.scheme", "category.term",
                "category.title", "category.location", "category.depends", "category.applies");

        Element remove = page.selectFirst("form.remove-mixin");
        assertThat(remove.attr("action")).isEqualTo("/-/?_method=DELETE");
        assertThat(remove.select("input").eachAttr("name")).containsExactly("category");
    }

    @Test
    void aResourcePageShowsKindMixinsAttributesLinksActionsAndDelete() throws Exception {
        Fixtures.Response response = new Fixtures.Response();
        var vm = Fixtures.vm("42", "web server");
        rendering.renderEntity(Fixtures.view(vm, Fixtures.link("nic1", "/compute/42", "/network/7"),
                Fixtures.link("nic2", "/compute/42", "https://example.org/net")), context, response);
        Document page = render(response);

        assertThat(page.title()).isEqualTo("web server · OCCI");
        assertThat(page.selectFirst("h1").text()).isEqualTo("web server");
        assertThat(page.selectFirst("section.categories a[href=/compute/]").text()).isEqualTo(COMPUTE.id().toString());

        Element untag = page.selectFirst("form.untag");
        assertThat(untag.attr("action")).isEqualTo("/os_tpl/debian/?_method=DELETE");
        assertThat(untag.selectFirst("input[name=location]").val()).isEqualTo("/compute/42");
        Element tag = page.selectFirst("form.tag");
        assertThat(tag.attr("action")).isEqualTo("/compute/42");
        assertThat(tag.select("input")).isEmpty();
        assertThat(tag.selectFirst("select[name=mixin]").select("option").eachAttr("value"))
                .as("a choice among the applicable mixins the entity does not have yet").containsExactly("", Fixtures.OS_TPL.id().toString());

        assertThat(page.selectFirst("td[data-attribute=occi.compute.cores]").text()).isEqualTo("2");
        assertThat(page.selectFirst("td[data-attribute=occi.core.title]").text()).isEqualTo("web server");
        Element update = page.selectFirst("form.update");
        assertThat(update.attr("action")).isEqualTo("/compute/42");
        // Mutable attributes only: never the id, never the immutable state.
        assertThat(update.select("input, select").eachAttr("name")).containsExactly("attribute.occi.core.title",
                "attribute.occi.core.summary", "attribute.occi.compute.cores", "attribute.occi.compute.hostname",
                "attribute.occi.compute.memory");
        assertThat(update.selectFirst("input[name=attribute.occi.compute.cores]").val()).isEqualTo("2");

        assertThat(page.select("section.links a").eachAttr("href"))
                .containsExactly("/networkinterface/nic1", "/network/7", "/networkinterface/nic2", "https://example.org/net");

        List<Element> actions = page.select("form.action");
        assertThat(actions).extracting(f -> f.attr("action")).containsExactly("/compute/42?action=start", "/compute/42?action=stop");
        assertThat(actions.get(1).selectFirst("input[name=action]").val()).isEqualTo(Fixtures.STOP.id().toString());
        Element method = actions.get(1).selectFirst("select[name=attribute.method]");
        assertThat(method.select("option").eachAttr("value")).containsExactly("", "graceful", "acpioff", "poweroff");
        assertThat(method.hasAttr("required")).isTrue();

        assertThat(page.selectFirst("form.delete").attr("action")).isEqualTo("/compute/42?_method=DELETE");
        assertThat(page.select("form").eachAttr("method")).containsOnly("post");
    }

    @Test
    void aLinkPageLinksItsSourceAndOnlyFollowsSafeTargets() throws Exception {
        Fixtures.Response response = new Fixtures.Response();
        var link = Fixtures.link("nic3", "/compute/42", "javascript:alert(1)");
        rendering.renderEntity(new EntityView(link, Fixtures.NETWORK_INTERFACE, List.of(), List.of(), List.of()), context, response);
        Document page = render(response);

        assertThat(page.select("section.ends a").eachAttr("href")).containsExactly("/compute/42");
        assertThat(page.select("a[href^=javascript]")).isEmpty();
        assertThat(page.select("section.ends span.typeid").text()).isEqualTo("javascript:alert(1)");
    }

    @Test
    void locationsAreLinkedUnderTheBasePath() throws Exception {
        Fixtures.Response response = new Fixtures.Response();
        rendering.renderEntity(Fixtures.view(Fixtures.vm("42", null)), Fixtures.context("https://cloud.example/occi/"), response);
        Document page = render(response);

        assertThat(page.selectFirst("h1").text()).as("an untitled entity is named by its location").isEqualTo("/compute/42");
        assertThat(page.selectFirst("form.delete").attr("action")).isEqualTo("/occi/compute/42?_method=DELETE");
        assertThat(page.selectFirst("header.site a").attr("href")).isEqualTo("/occi/-/");
    }

    @Test
    void aKindCollectionListsItsPageAndOffersACreateForm() throws Exception {
        Fixtures.Response response = new Fixtures.Response();
        List<EntityView> views = List.of(Fixtures.view(Fixtures.vm("1", "one")), Fixtures.view(Fixtures.vm("2", "two")));
        rendering.renderCollection(views.iterator(), new CollectionInfo("/compute/", COMPUTE, 1, 20, 2), context, response);
        Document page = render(response);

        assertThat(page.select("table.entities tbody tr td:first-child a").eachAttr("href")).containsExactly("/compute/1", "/compute/2");
        assertThat(page.selectFirst("span.total").text()).isEqualTo("2 entities");
        assertThat(page.selectFirst("form.filter").attr("method")).isEqualTo("get");
        assertThat(page.selectFirst("form.filter").select("input").eachAttr("name")).containsExactly("q", "category", "number");

        Element create = page.selectFirst("form.create");
        assertThat(create.attr("action")).isEqualTo("/compute/");
        assertThat(create.selectFirst("input[name=kind]").val()).isEqualTo(COMPUTE.id().toString());
        assertThat(create.select("input[name^=attribute.], select[name^=attribute.]").eachAttr("name")).containsExactly(
                "attribute.occi.core.title", "attribute.occi.core.summary", "attribute.occi.compute.cores",
                "attribute.occi.compute.hostname", "attribute.occi.compute.memory");
        assertThat(create.selectFirst("input[name=attribute.occi.compute.cores]").hasAttr("required")).isTrue();
        assertThat(create.selectFirst("input[name=attribute.occi.compute.memory]").val()).as("the default is filled in").isEqualTo("1");
        assertThat(create.selectFirst("input[name=attribute.occi.compute.memory]").hasAttr("required")).isFalse();
    }

    @Test
    void aLinkKindsCreateFormAsksForTheSourceEvenThoughItIsImmutable() throws Exception {
        Fixtures.Response response = new Fixtures.Response();
        rendering.renderCollection(List.<EntityView>of().iterator(),
                new CollectionInfo("/networkinterface/", Fixtures.NETWORK_INTERFACE, 1, 20, 0), context, response);
        Element create = render(response).selectFirst("form.create");

        assertThat(create.select("input[name^=attribute.]").eachAttr("name")).contains("attribute.occi.core.source",
                "attribute.occi.core.target", "attribute.occi.networkinterface.interface");
    }

    @Test
    void aMixinCollectionOffersToTagAndUntag() throws Exception {
        Fixtures.Response response = new Fixtures.Response();
        rendering.renderCollection(List.of(Fixtures.view(Fixtures.vm("1", "one"))).iterator(),
                new CollectionInfo("/os_tpl/debian/", DEBIAN, 1, 20, 1), context, response);
        Document page = render(response);

        assertThat(page.select("form.create")).isEmpty();
        assertThat(page.selectFirst("form.tag").attr("action")).isEqualTo("/os_tpl/debian/");
        assertThat(page.selectFirst("form.tag input").attr("name")).isEqualTo("location");
        Element untag = page.selectFirst("table.entities form.untag");
        assertThat(untag.attr("action")).isEqualTo("/os_tpl/debian/?_method=DELETE");
        assertThat(untag.selectFirst("input[name=location]").val()).isEqualTo("/compute/1");
    }

    @Test
    void pagingLinksKeepThePageSizeAndStopAtTheEnds() throws Exception {
        Document middle = collectionPage(3, 10, 45);
        assertThat(middle.select("nav.paging a").eachAttr("href")).containsExactly("/compute/?page=1&number=10",
                "/compute/?page=2&number=10", "/compute/?page=4&number=10", "/compute/?page=5&number=10");
        assertThat(middle.selectFirst("nav.paging .position").text()).isEqualTo("Page 3 of 5 (1 shown)");

        Document first = collectionPage(1, 10, 45);
        assertThat(first.select("nav.paging a").eachAttr("rel")).containsExactly("next", "last");
        Document last = collectionPage(5, 10, 45);
        assertThat(last.select("nav.paging a").eachAttr("rel")).containsExactly("first", "previous");
        Document empty = collectionPage(1, 10, 0);
        assertThat(empty.select("nav.paging a")).isEmpty();
    }

    Document collectionPage(long page, int number, long total) throws Exception {
        Fixtures.Response response = new Fixtures.Response();
        rendering.renderCollection(List.of(Fixtures.view(Fixtures.vm("1", "one"))).iterator(),
                new CollectionInfo("/compute/", COMPUTE, page, number, total), context, response);
        return render(response);
    }

    @Test
    void aCollectionIsWrittenWhileTheEntitiesAreStillComing() throws Exception {
        Fixtures.Response response = new Fixtures.Response();
        int count = 5_000;
        AtomicInteger bytesWhenLastRequested = new AtomicInteger(-1);
        Iterator<EntityView> entities = new Iterator<>() {
            int next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public EntityView next() {
                if (next == count - 1) {
                    bytesWhenLastRequested.set(response.body.size());
                }
                return Fixtures.view(Fixtures.vm(String.valueOf(next++), "vm"));
            }
        };
        rendering.renderCollection(entities, new CollectionInfo("/compute/", COMPUTE, 1, count, count), context, response);

        assertThat(bytesWhenLastRequested.get()).as("rows reached the client before the last entity was fetched")
                .isGreaterThan(100_000);
        assertThat(render(response).select("table.entities tbody tr")).hasSize(count);
    }

    @Test
    void aMessagePageShowsTheStatusAndTheMessage() throws Exception {
        Fixtures.Response response = new Fixtures.Response();
        rendering.renderMessage(404, "no entity at /compute/9", context, response);
        Document page = render(response);

        assertThat(page.selectFirst("h1").text()).isEqualTo("404 Not Found");
        assertThat(page.selectFirst("p.message.error").text()).isEqualTo("no entity at /compute/9");
        assertThat(page.selectFirst("p.message").attr("data-status")).isEqualTo("404");
    }

    @Test
    void anErrorPageLinksBackToThePageTheFormWasOn() throws Exception {
        Fixtures.Response response = new Fixtures.Response();
        rendering.renderMessage(400, "bad cores", Fixtures.context("http://127.0.0.1:8080/occi/", "/compute/42", Map.of()), response);
        Document page = render(response);
        assertThat(page.selectFirst("p.back a[rel=up]").attr("href")).isEqualTo("/occi/compute/42");
        assertThat(page.selectFirst("p.back a[rel=up]").text()).isEqualTo("Back to /compute/42");

        Fixtures.Response gone = new Fixtures.Response();
        rendering.renderMessage(404, "no entity at /compute/9", Fixtures.context("http://127.0.0.1:8080/", "/compute/9", Map.of()), gone);
        assertThat(render(gone).selectFirst("p.back a[rel=up]").attr("href")).as("a missing entity links to its collection")
                .isEqualTo("/compute/");
    }

    @Test
    void theNextPageAfterAFormPostSaysWhatWasDoneOnlyForKnownKeys() throws Exception {
        Fixtures.Response response = new Fixtures.Response();
        rendering.renderEntity(Fixtures.view(Fixtures.vm("42", "web server")),
                Fixtures.context("http://127.0.0.1:8080/", "/compute/42", Map.of("done", "acted")), response);
        assertThat(render(response).selectFirst("p.message.notice").text()).isEqualTo("The action was invoked.");

        Fixtures.Response crafted = new Fixtures.Response();
        rendering.renderEntity(Fixtures.view(Fixtures.vm("42", "web server")),
                Fixtures.context("http://127.0.0.1:8080/", "/compute/42", Map.of("done", "<b>your account is locked</b>")), crafted);
        assertThat(render(crafted).select("p.message.notice")).isEmpty();
        assertThat(crafted.text()).doesNotContain("account is locked");
    }

    @Test
    void perPageOffersASaneDefaultNotTheTotal() throws Exception {
        Fixtures.Response unpaged = new Fixtures.Response();
        rendering.renderCollection(List.of(Fixtures.view(Fixtures.vm("1", "one"))).iterator(),
                new CollectionInfo("/compute/", COMPUTE, 1, 126, 126), context, unpaged);
        assertThat(render(unpaged).selectFirst("form.filter input[name=number]").val()).isEqualTo("50");

        Fixtures.Response paged = new Fixtures.Response();
        rendering.renderCollection(List.of(Fixtures.view(Fixtures.vm("1", "one"))).iterator(),
                new CollectionInfo("/compute/", COMPUTE, 1, 10, 126),
                Fixtures.context("http://127.0.0.1:8080/", "/compute/", Map.of("number", "10")), paged);
        assertThat(render(paged).selectFirst("form.filter input[name=number]").val()).isEqualTo("10");
    }

    @Test
    void patternsAreShownInWordsWherePossible() throws Exception {
        assertThat(PatternWords.of("up|down|unknown")).isEqualTo("one of: up, down, unknown");
        assertThat(PatternWords.of("^(up|down)$")).isEqualTo("one of: up, down");
        assertThat(PatternWords.of("(?:a-b|c_d)")).isEqualTo("one of: a-b, c_d");
        assertThat(PatternWords.of("[0-9]+")).isEqualTo("digits only");
        assertThat(PatternWords.of("[a-z0-9.-]+")).isEqualTo("pattern [a-z0-9.-]+");
        assertThat(PatternWords.of("a.*|b")).isEqualTo("pattern a.*|b");
        assertThat(PatternWords.of("0|[1-9][0-9]*")).isEqualTo("a whole number from 0");
        assertThat(PatternWords.of("(?!-)(?![0.]+$)(?![0.]+E).+")).isEqualTo("a number above 0");

        Fixtures.Response response = new Fixtures.Response();
        rendering.renderEntity(Fixtures.view(Fixtures.vm("42", "web server")), context, response);
        assertThat(render(response).selectFirst("form.update input[name=attribute.occi.compute.hostname]").parent().text())
                .contains("pattern [a-z0-9.-]+").doesNotContain("matches");
    }
}
