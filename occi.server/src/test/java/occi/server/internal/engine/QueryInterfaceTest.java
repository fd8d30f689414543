package occi.server.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import occi.api.CategoryId;
import occi.api.Core;
import occi.api.rendering.CategoryRepresentation;
import occi.api.rendering.EntityRepresentation;
import org.junit.jupiter.api.Test;

/** The query interface: listing, filtering, user-defined mixins. */
class QueryInterfaceTest {

    private static final CategoryId MY_TAG = CategoryId.parse("http://me.example/tags#important");

    private final RecordingBackend backend = new RecordingBackend(Fixtures.COMPUTE, Fixtures.START, Fixtures.OS_TPL);
    private final Harness server = new Harness().with(backend);

    @Test
    void theCoreKindsAreAlwaysListedWithRelativeLocations() {
        Answer empty = new Harness().get("/-/");
        assertThat(empty.bodyText()).contains(Core.ENTITY.id() + " kind location=/entity/\n", Core.RESOURCE.id() + " kind location=/resource/",
                Core.LINK.id() + " kind location=/link/");
        assertThat(server.get("/.well-known/org/ogf/occi/-/").bodyText()).contains(Core.ENTITY.id().toString(),
                Fixtures.COMPUTE.id() + " kind location=/compute/", Fixtures.START.id() + " action");
    }

    @Test
    void categoryLocationsCanBeAbsolute() {
        Harness absolute = new Harness(new ServerSettings("/", List.of(), true, 10, 0, 1 << 20, 1 << 16, "test", "OCCI/1.2"));
        assertThat(absolute.get("/-/").bodyText()).contains("location=http://occi.test:8080/resource/");
    }

    @Test
    void aCategoryFilterKeepsOnlyThatCategory() {
        Answer filtered = server.request("GET", "/-/").query("category", Fixtures.COMPUTE.id().toString()).send();
        assertThat(filtered.bodyText().lines()).containsExactly(Fixtures.COMPUTE.id() + " kind location=/compute/");
    }

    @Test
    void usersDefineMixinsThatMayDependOnUnknownCategoriesAndTagWithThem() {
        server.rendering.categories = List.of(new CategoryRepresentation(MY_TAG, "mixin", "Important",
                List.of(CategoryId.parse("http://elsewhere#unknown")), List.of(), "/important/", Map.of()));
        Answer defined = server.request("POST", "/-/").payload().send();
        assertThat(defined.status()).isEqualTo(200);
        assertThat(server.get("/-/").bodyText()).contains(MY_TAG + " mixin location=/important/");
        assertThat(server.request("GET", "/-/").as("someone-else").send().bodyText()).doesNotContain(MY_TAG.toString());

        server.rendering.entity = new EntityRepresentation(Fixtures.COMPUTE.id(), List.of(MY_TAG), Map.of(), List.of());
        String vm = server.request("POST", "/compute/").payload().send().header("Location").substring("http://occi.test:8080".length());
        assertThat(server.get("/important/").bodyText()).contains(vm);

        assertThat(server.request("POST", "/-/").payload().send().status()).isEqualTo(409);

        Answer removed = server.request("DELETE", "/-/").payload().send();
        assertThat(removed.status()).isEqualTo(200);
        assertThat(server.get("/-/").bodyText()).doesNotContain(MY_TAG.toString());
        assertThat(server.registry.get(vm, Harness.CALLER).orElseThrow().mixins()).isEmpty();
    }

    @Test
    void aUserMixinCannotTakeAProvidersLocationOrName() {
        server.rendering.categories = List.of(new CategoryRepresentation(MY_TAG, "mixin", null, List.of(), List.of(), "/compute/", Map.of()));
        assertThat(server.request("POST", "/-/").payload().send().status()).isEqualTo(409);
        server.rendering.categories = List.of(new CategoryRepresentation(Fixtures.OS_TPL.id(), "mixin", null, List.of(), List.of(), "/x/", Map.of()));
        assertThat(server.request("POST", "/-/").payload().send().status()).isEqualTo(409);
        server.rendering.categories = List.of(new CategoryRepresentation(MY_TAG, "kind", null, List.of(), List.of(), "/x/", Map.of()));
        assertThat(server.request("POST", "/-/").payload().send().status()).isEqualTo(400);
        server.rendering.categories = List.of(new CategoryRepresentation(MY_TAG, "mixin", null, List.of(), List.of(), "no-slashes", Map.of()));
        assertThat(server.request("POST", "/-/").payload().send().status()).isEqualTo(400);
    }

    @Test
    void aProvidersMixinCannotBeDeletedAndAnUnknownOneIsNotFound() {
        server.rendering.categories = List.of(new CategoryRepresentation(Fixtures.OS_TPL.id(), "mixin", null, List.of(), List.of(), null, Map.of()));
        assertThat(server.request("DELETE", "/-/").payload().send().status()).isEqualTo(403);
        server.rendering.categories = List.of(new CategoryRepresentation(MY_TAG, "mixin", null, List.of(), List.of(), null, Map.of()));
        assertThat(server.request("DELETE", "/-/").payload().send().status()).isEqualTo(404);
    }

    @Test
    void putOnTheQueryInterfaceIsNotAllowed() {
        Answer put = server.request("PUT", "/-/").send();
        assertThat(put.status()).isEqualTo(405);
        assertThat(put.header("Allow")).isEqualTo("GET, HEAD, OPTIONS, POST, DELETE");
    }

    @Test
    void aMixinDefinitionWithoutClassIsAMixinAndTheReplySaysSo() {
        server.rendering.categories = List.of(new CategoryRepresentation(MY_TAG, null, null, List.of(), List.of(), "/important/", Map.of()));

        Answer defined = server.request("POST", "/-/").payload().send();

        assertThat(defined.status()).as(defined.bodyText()).isEqualTo(200);
        assertThat(defined.header("Warning")).isEqualTo("299 - \"Category " + MY_TAG
                + " has no class; defined as a mixin, the only category users define\"");
        assertThat(server.get("/-/").bodyText()).contains(MY_TAG + " mixin location=/important/");
    }
}
