package occi.server.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import occi.api.CategoryId;
import occi.api.rendering.EntityRepresentation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** HTML forms: a POST with {@code ?_method=DELETE} or {@code PUT} is served as that method, nothing else is. */
class MethodOverrideTest {

    private final RecordingBackend backend = new RecordingBackend(Fixtures.COMPUTE, Fixtures.START, Fixtures.STOP, Fixtures.OS_TPL,
            Fixtures.UBUNTU, Fixtures.MONITORED);
    private final Harness server = new Harness().with(backend);
    private String vm;

    @BeforeEach
    void aCompute() {
        vm = create(List.of());
        backend.takeCalls();
    }

    private String create(List<CategoryId> mixins) {
        server.rendering.entity = new EntityRepresentation(Fixtures.COMPUTE.id(), mixins, Map.of("occi.compute.cores", 1), List.of());
        Answer created = server.request("POST", "/compute/").payload().send();
        assertThat(created.status()).as(created.bodyText()).isEqualTo(201);
        return created.header("Location").substring(Harness.ROOT.toString().length() - 1);
    }

    private boolean exists(String path) {
        return server.registry.get(path, Harness.CALLER).isPresent();
    }

    @Test
    void aPostWithMethodDeleteDeletesTheEntity() {
        Answer answer = server.request("POST", vm).query("_method", "DELETE").header("Content-Type", "application/x-www-form-urlencoded")
                .send();

        assertThat(answer.status()).as(answer.bodyText()).isEqualTo(200);
        assertThat(backend.takeCalls()).containsExactly("delete compute");
        assertThat(exists(vm)).isFalse();
    }

    @Test
    void theMethodIsReadInAnyCase() {
        assertThat(server.request("POST", vm).query("_method", "delete").send().status()).isEqualTo(200);
        assertThat(exists(vm)).isFalse();
    }

    @Test
    void aPostWithMethodPutReplacesTheEntity() {
        server.rendering.entity = new EntityRepresentation(Fixtures.COMPUTE.id(), List.of(), Map.of("occi.compute.hostname", "box"), List.of());

        Answer answer = server.request("POST", vm).query("_method", "PUT").payload().send();

        assertThat(answer.status()).as(answer.bodyText()).isEqualTo(200);
        assertThat(backend.takeCalls()).containsExactly("replace compute");
        assertThat(server.registry.get(vm, Harness.CALLER).orElseThrow().attributes()).containsEntry("occi.compute.hostname", "box")
                .doesNotContainKey("occi.compute.cores");
    }

    @Test
    void aPostWithMethodDeleteOnAMixinCollectionUntagsWithoutTheParameterReachingTheHandler() {
        String tagged = create(List.of(Fixtures.MONITORED.id()));
        server.rendering.locations = List.of(tagged);

        Answer answer = server.request("POST", Fixtures.MONITORED.location()).query("_method", "DELETE").payload().send();

        assertThat(answer.status()).as(answer.bodyText()).isEqualTo(200);
        assertThat(server.registry.get(tagged, Harness.CALLER).orElseThrow().mixins()).isEmpty();
        assertThat(exists(tagged)).isTrue();
    }

    @Test
    void otherMethodsAreRefusedAndNothingHappens() {
        for (String method : List.of("GET", "PATCH", "POST", "TRACE", "")) {
            Answer answer = server.request("POST", vm).query("_method", method).send();
            assertThat(answer.status()).as(method).isEqualTo(400);
            assertThat(answer.bodyText()).contains("_method", "DELETE or PUT");
        }
        Answer twice = server.request("POST", vm).query("_method", "DELETE").query("_method", "PUT").send();
        assertThat(twice.status()).isEqualTo(400);
        assertThat(exists(vm)).isTrue();
        assertThat(backend.takeCalls()).isEmpty();
    }

    @Test
    void onlyAPostIsTurnedAGetStaysARead() {
        Answer read = server.request("GET", vm).query("_method", "DELETE").send();
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.bodyText()).startsWith("entity " + vm);
        assertThat(exists(vm)).isTrue();

        server.rendering.entity = new EntityRepresentation(Fixtures.COMPUTE.id(), List.of(), Map.of(), List.of());
        Answer put = server.request("PUT", vm).query("_method", "DELETE").payload().send();
        assertThat(put.status()).isEqualTo(200);
        assertThat(exists(vm)).isTrue();
    }

    @Test
    void theTurnedMethodMustBeAllowedWhereItIsSent() {
        Answer answer = server.request("POST", "/compute/").query("_method", "PUT").payload().send();

        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.header("Allow")).doesNotContain("PUT");
        assertThat(exists(vm)).isTrue();
    }
}
