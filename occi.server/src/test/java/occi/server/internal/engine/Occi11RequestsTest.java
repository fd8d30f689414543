package occi.server.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import occi.api.CategoryId;
import occi.api.Core;
import occi.api.Entity;
import occi.api.Resource;
import occi.api.backend.EntityQuery;
import occi.api.rendering.EntityRepresentation;
import org.junit.jupiter.api.Test;

/**
 * What OCCI 1.1 clients send works as in 1.2, and the reply says what the server inferred:
 * create at the service root, categories without class, core entity listed at /entity/.
 */
class Occi11RequestsTest {

    private final RecordingBackend backend = new RecordingBackend(Fixtures.COMPUTE, Fixtures.NETWORK, Fixtures.START, Fixtures.STOP,
            Fixtures.OS_TPL, Fixtures.UBUNTU, Fixtures.MONITORED);
    private final Harness server = new Harness().with(backend);

    private List<Entity> all() {
        return server.registry.query(EntityQuery.below("/", 100), Harness.CALLER).items();
    }

    private static List<String> warnings(Answer answer) {
        return answer.headers().stream().filter(h -> h.getKey().equals("Warning")).map(Map.Entry::getValue).toList();
    }

    private static EntityRepresentation unclassified(Map<String, Object> attributes, CategoryId... categories) {
        return new EntityRepresentation(null, List.of(), attributes, List.of(), List.of(categories));
    }

    @Test
    void aPostOnTheServiceRootCreatesInTheCollectionOfTheKindAndSaysSo() {
        server.rendering.entity = new EntityRepresentation(Fixtures.COMPUTE.id(), List.of(), Map.of("occi.compute.cores", 2), List.of());

        Answer created = server.request("POST", "/").payload().send();

        assertThat(created.status()).as(created.bodyText()).isEqualTo(201);
        assertThat(created.header("Location")).startsWith("http://occi.test:8080/compute/");
        assertThat(all()).singleElement().satisfies(e -> assertThat(e.kind()).isEqualTo(Fixtures.COMPUTE.id()));
        assertThat(warnings(created)).containsExactly("299 - \"POST on the service root: served as a POST to /compute/, the collection"
                + " of kind " + Fixtures.COMPUTE.id() + "\"");
    }

    @Test
    void categoriesWithoutClassAreClassifiedFromTheModelAtTheRootAndAtAKind() {
        server.rendering.entity = unclassified(Map.of(), Fixtures.COMPUTE.id(), Fixtures.MONITORED.id());

        Answer atRoot = server.request("POST", "/").payload().send();
        Answer atKind = server.request("POST", "/compute/").payload().send();

        assertThat(atRoot.status()).as(atRoot.bodyText()).isEqualTo(201);
        assertThat(atKind.status()).as(atKind.bodyText()).isEqualTo(201);
        assertThat(all()).hasSize(2).allSatisfy(e -> {
            assertThat(e.kind()).isEqualTo(Fixtures.COMPUTE.id());
            assertThat(e.mixins()).containsExactly(Fixtures.MONITORED.id());
            assertThat(e.attributes()).containsEntry("example.interval", 60L);
        });
        assertThat(warnings(atKind)).containsExactly(
                "299 - \"Category " + Fixtures.COMPUTE.id() + " has no class; taken as kind, as the model defines it\"",
                "299 - \"Category " + Fixtures.MONITORED.id() + " has no class; taken as mixin, as the model defines it\"");
        assertThat(warnings(atRoot)).hasSize(3);
    }

    @Test
    void aClasslessCategoryTheModelDoesNotKnowOrAnActionIsA400AndNothingIsStored() {
        server.rendering.entity = unclassified(Map.of(), CategoryId.parse("http://nowhere.example/x#thing"));
        Answer unknown = server.request("POST", "/compute/").payload().send();
        server.rendering.entity = unclassified(Map.of(), Fixtures.COMPUTE.id(), Fixtures.START.id());
        Answer action = server.request("POST", "/").payload().send();
        server.rendering.entity = unclassified(Map.of(), Fixtures.COMPUTE.id(), Fixtures.NETWORK.id());
        Answer twoKinds = server.request("POST", "/").payload().send();

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.bodyText()).contains("has no class, and this server knows no category http://nowhere.example/x#thing");
        assertThat(action.status()).isEqualTo(400);
        assertThat(action.bodyText()).contains("is an action");
        assertThat(twoKinds.status()).isEqualTo(400);
        assertThat(twoKinds.bodyText()).contains("an entity has one kind");
        assertThat(all()).isEmpty();
    }

    @Test
    void aPostOnTheRootWithoutAKindOrOfCoreEntityIsA400() {
        server.rendering.entity = new EntityRepresentation(null, List.of(Fixtures.MONITORED.id()), Map.of(), List.of());
        Answer noKind = server.request("POST", "/").payload().send();
        server.rendering.entity = new EntityRepresentation(Core.ENTITY.id(), List.of(), Map.of(), List.of());
        Answer entity = server.request("POST", "/").payload().send();
        Answer bare = server.request("POST", "/").send();

        assertThat(noKind.status()).isEqualTo(400);
        assertThat(noKind.bodyText()).contains("name its kind");
        assertThat(entity.status()).isEqualTo(400);
        assertThat(entity.bodyText()).contains("cannot be instantiated");
        assertThat(warnings(entity)).as("a failed create claims none").isEmpty();
        assertThat(bare.status()).isEqualTo(400);
        assertThat(server.request("POST", "/a/path/").payload().send().status()).isEqualTo(405);
        assertThat(all()).isEmpty();
    }

    @Test
    void coreEntityIsListedAtItsLocationWithEveryEntityAndCannotBeDeletedOrCreatedThere() {
        server.rendering.entity = new EntityRepresentation(Fixtures.COMPUTE.id(), List.of(), Map.of(), List.of());
        String vm = server.request("POST", "/compute/").payload().send().header("Location");
        server.rendering.entity = new EntityRepresentation(Core.RESOURCE.id(), List.of(), Map.of(), List.of());
        String plain = server.request("POST", "/resource/").payload().send().header("Location");

        Answer listed = server.get("/entity/");

        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.bodyText().lines()).containsExactlyInAnyOrder(vm, plain);
        assertThat(server.get("/-/").bodyText()).contains(Core.ENTITY.id() + " kind location=/entity/");
        assertThat(server.request("DELETE", "/entity/").send().status()).isEqualTo(405);
        assertThat(server.request("POST", "/entity/").payload().send().status()).isEqualTo(405);
        assertThat(all()).hasSize(2).allSatisfy(e -> assertThat(e).isInstanceOf(Resource.class));
    }
}
