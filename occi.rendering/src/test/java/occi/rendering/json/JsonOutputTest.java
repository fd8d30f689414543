package occi.rendering.json;

import static occi.rendering.json.SpecSchema.assertValid;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import occi.api.Category;
import occi.api.CategoryId;
import occi.api.Core;
import occi.api.rendering.ActionInvocation;
import occi.api.rendering.CollectionInfo;
import occi.api.rendering.EntityView;
import org.junit.jupiter.api.Test;

/** Every document the rendering writes is valid against the OCCI 1.2 JSON schema and says what the model says. */
class JsonOutputTest {

    private final JsonRendering rendering = TestIo.rendering();

    @Test
    void resourceWithMixinsActionsAndLinksIsAValidResource() throws IOException {
        JsonNode json = assertValid(entity(TestModel.compute("c1")), Shape.RESOURCE);

        assertThat(json.get("kind").asText()).isEqualTo("http://schemas.ogf.org/occi/infrastructure#compute");
        assertThat(json.get("id").asText()).isEqualTo("c1");
        assertThat(json.get("title").asText()).isEqualTo("vm c1");
        assertThat(json.get("summary").asText()).isEqualTo("a web server");
        assertThat(json.get("mixins").get(0).asText()).isEqualTo("http://example.org/templates/os#ubuntu");
        assertThat(json.get("actions")).extracting(JsonNode::asText).containsExactly(
                "http://schemas.ogf.org/occi/infrastructure/compute/action#start",
                "http://schemas.ogf.org/occi/infrastructure/compute/action#stop");
        assertThat(json.get("attributes").has("occi.core.id")).as("core attributes are members of their own").isFalse();

        JsonNode local = json.get("links").get(0);
        assertThat(local.get("source").get("location").asText()).isEqualTo("/compute/c1");
        assertThat(local.get("source").get("kind").asText()).isEqualTo(TestModel.COMPUTE.id().toString());
        assertThat(local.get("target").get("location").asText()).isEqualTo("/network/n1");
        assertThat(local.get("target").get("kind").asText()).isEqualTo(TestModel.NETWORK.id().toString());
        assertThat(local.get("attributes").get("occi.networkinterface.interface").asText()).isEqualTo("eth0");
        JsonNode external = json.get("links").get(1);
        assertThat(external.get("target").get("location").asText()).isEqualTo("https://docs.example.org/vm");
        assertThat(external.get("target").has("kind")).isFalse();
    }

    @Test
    void resourceWithNothingButKindAndIdLeavesEmptyMembersOut() throws IOException {
        JsonNode json = assertValid(entity(TestModel.bareCompute("c2")), Shape.RESOURCE);

        assertThat(json.fieldNames()).toIterable().containsExactly("kind", "attributes", "id");
        assertThat(json.get("attributes").isEmpty()).isTrue();
    }

    @Test
    void linkWithExternalTargetIsAValidLink() throws IOException {
        JsonNode json = assertValid(entity(TestModel.externalLink("l1")), Shape.LINK);

        assertThat(json.get("kind").asText()).isEqualTo(Core.LINK.id().toString());
        assertThat(json.get("source").get("location").asText()).isEqualTo("/compute/c1");
        assertThat(json.get("source").has("kind")).as("a standalone link's view does not know its source's kind").isFalse();
        assertThat(json.get("target").get("location").asText()).isEqualTo("https://docs.example.org/vm");
        assertThat(json.get("attributes").get("example.weight").isIntegralNumber()).isTrue();
    }

    @Test
    void entityLocationsCanBeAbsoluteWhileExternalTargetsStayAsTheyAre() throws IOException {
        JsonRendering absolute = new JsonRendering(TestIo.config(1024, true, 1024));
        TestIo.Response response = new TestIo.Response();
        absolute.renderEntity(TestModel.compute("c3"), TestIo.context(), response);
        JsonNode json = assertValid(response.text(), Shape.RESOURCE);

        assertThat(json.at("/links/0/source/location").asText()).isEqualTo("http://127.0.0.1:8080/compute/c3");
        assertThat(json.at("/links/0/target/location").asText()).isEqualTo("http://127.0.0.1:8080/network/n1");
        assertThat(json.at("/links/1/target/location").asText()).isEqualTo("https://docs.example.org/vm");
    }

    @Test
    void kindListingIsAValidResourceCollection() throws IOException {
        JsonNode json = assertValid(collection(List.of(TestModel.compute("a"), TestModel.bareCompute("b"))),
                Shape.RESOURCE_COLLECTION);

        assertThat(json.get("resources")).extracting(r -> r.get("id").asText()).containsExactly("a", "b");
    }

    @Test
    void linkListingIsAValidLinkCollection() throws IOException {
        JsonNode json = assertValid(collection(List.of(TestModel.externalLink("l1"), TestModel.externalLink("l2"))),
                Shape.LINK_COLLECTION);

        assertThat(json.get("links")).extracting(r -> r.get("id").asText()).containsExactly("l1", "l2");
    }

    @Test
    void mixedListingIsAValidEntityCollectionWithEveryEntityInItsArray() throws IOException {
        List<EntityView> mixed = List.of(TestModel.externalLink("l1"), TestModel.compute("a"),
                TestModel.externalLink("l2"), TestModel.bareCompute("b"));
        JsonNode json = assertValid(collection(mixed), Shape.ENTITY_COLLECTION);

        assertThat(json.get("links")).extracting(r -> r.get("id").asText()).containsExactly("l1", "l2");
        assertThat(json.get("resources")).extracting(r -> r.get("id").asText()).containsExactly("a", "b");
        assertThat(json.at("/resources/0/attributes/occi.compute.memory").decimalValue()).isEqualByComparingTo("8.25");
    }

    @Test
    void mixedListingHeldBackInATemporaryFileComesOutTheSameAndLeavesNoFile() throws IOException {
        long filesBefore = tempListingFiles();
        List<EntityView> mixed = List.of(TestModel.compute("a"), TestModel.externalLink("l1"),
                TestModel.bareCompute("b"), TestModel.externalLink("l2"));
        JsonRendering noMemory = new JsonRendering(TestIo.config(1024, false, 0));
        TestIo.Response response = new TestIo.Response();
        noMemory.renderCollection(mixed.iterator(), info(), TestIo.context(), response);

        assertThat(SpecSchema.read(response.text())).isEqualTo(SpecSchema.read(collection(mixed)));
        assertValid(response.text(), Shape.ENTITY_COLLECTION);
        assertThat(tempListingFiles()).isEqualTo(filesBefore);
    }

    @Test
    void emptyListingIsAnEmptyObjectSinceNeitherArrayMayBeEmpty() throws IOException {
        assertThat(collection(List.of())).isEqualTo("{}");
        assertValid("{}", Shape.ENTITY_COLLECTION);
    }

    @Test
    void queryInterfaceIsAValidModelWithEveryCategory() throws IOException {
        JsonNode json = assertValid(categories(TestModel.CATEGORIES), Shape.MODEL);

        assertThat(json.get("kinds")).extracting(k -> k.get("term").asText())
                .containsExactly("entity", "resource", "link", "compute", "network", "networkinterface");
        assertThat(json.get("mixins")).extracting(k -> k.get("term").asText()).containsExactly("os_tpl", "ubuntu", "ipnetwork");
        assertThat(json.get("actions")).extracting(k -> k.get("term").asText()).containsExactly("start", "stop");

        JsonNode entity = json.at("/kinds/0");
        assertThat(entity.get("location").asText()).as("core entity is listed at /entity/ (clients need a location)").isEqualTo("/entity/");
        assertThat(entity.has("parent")).isFalse();
        JsonNode compute = json.at("/kinds/3");
        assertThat(compute.get("parent").asText()).isEqualTo(Core.RESOURCE.id().toString());
        assertThat(compute.get("location").asText()).isEqualTo("/compute/");
        assertThat(compute.get("actions")).hasSize(2);
        JsonNode ubuntu = json.at("/mixins/1");
        assertThat(ubuntu.get("depends").get(0).asText()).isEqualTo(TestModel.OS_TPL.id().toString());
        assertThat(ubuntu.get("applies").get(0).asText()).isEqualTo(TestModel.COMPUTE.id().toString());
        assertThat(ubuntu.get("location").asText()).isEqualTo("/os_tpl/ubuntu/");
        assertThat(json.at("/actions/1/attributes/method/pattern").asText()).isEqualTo("graceful|acpioff|poweroff");
    }

    @Test
    void everyAttributeTypeMapsOntoTheSchemasDefinition() throws IOException {
        JsonNode attributes = assertValid(categories(List.of(TestModel.COMPUTE)), Shape.MODEL).at("/kinds/0/attributes");

        assertThat(attributes.get("occi.compute.architecture")).isEqualTo(SpecSchema.read(
                "{\"mutable\":true,\"required\":false,\"type\":\"string\",\"pattern\":\"x86|x64\"}"));
        assertThat(attributes.get("occi.compute.cores")).isEqualTo(SpecSchema.read(
                "{\"mutable\":true,\"required\":false,\"type\":\"number\",\"default\":1,"
                        + "\"description\":\"number of CPU cores\",\"pattern\":\"-?[0-9]+\"}"));
        assertThat(attributes.get("occi.compute.hostname").get("pattern").asText()).isEqualTo("[a-z][a-z0-9.-]*");
        assertThat(attributes.get("occi.compute.memory").get("type").asText()).isEqualTo("number");
        assertThat(attributes.get("occi.compute.memory").get("default").decimalValue()).isEqualByComparingTo("2.5");
        assertThat(attributes.get("occi.compute.state")).isEqualTo(SpecSchema.read(
                "{\"mutable\":false,\"required\":true,\"type\":\"string\",\"default\":\"inactive\","
                        + "\"pattern\":\"active|inactive|suspended|error\"}"));
        assertThat(attributes.get("example.compute.ephemeral").get("default").isBoolean()).isTrue();
        assertThat(attributes.get("example.compute.tags").get("type").asText()).isEqualTo("array");
        assertThat(attributes.get("example.compute.tags").get("default")).isEqualTo(SpecSchema.read("[\"a\",1]"));
        assertThat(attributes.get("example.compute.placement").get("type").asText()).isEqualTo("object");
        assertThat(attributes.get("example.compute.placement").get("default")).isEqualTo(SpecSchema.read("{\"zone\":\"z1\"}"));
    }

    @Test
    void categoryLocationsAreWhatTheContextMakesOfThem() throws IOException {
        TestIo.Response response = new TestIo.Response();
        occi.api.rendering.RenderContext absolute = new DelegatingContext(TestIo.context()) {
            @Override
            public String categoryLocation(String location) {
                return absolute(location);
            }
        };
        rendering.renderCategories(List.of(TestModel.COMPUTE, TestModel.OS_TPL), absolute, response);
        JsonNode json = assertValid(response.text(), Shape.MODEL);

        assertThat(json.at("/kinds/0/location").asText()).isEqualTo("http://127.0.0.1:8080/compute/");
        assertThat(json.at("/mixins/0/location").asText()).isEqualTo("http://127.0.0.1:8080/os_tpl/");
    }

    @Test
    void partOfTheQueryInterfaceAndNoneOfItAreValidModels() throws IOException {
        assertThat(assertValid(categories(List.of(TestModel.STOP)), Shape.MODEL).fieldNames()).toIterable()
                .containsExactly("actions");
        assertThat(categories(List.of())).isEqualTo("{}");
        assertValid("{}", Shape.MODEL);
    }

    @Test
    void actionInvocationIsAValidActionInstance() throws IOException {
        java.io.StringWriter text = new java.io.StringWriter();
        try (com.fasterxml.jackson.core.JsonGenerator out = SpecSchema.MAPPER.getFactory().createGenerator(text)) {
            ModelWriter.actionInvocation(out, new ActionInvocation(TestModel.STOP.id(), Map.of("method", "acpioff")));
        }
        JsonNode json = assertValid(text.toString(), Shape.ACTION_INSTANCE);

        assertThat(json).isEqualTo(SpecSchema.read("{\"action\":\"" + TestModel.STOP.id()
                + "\",\"attributes\":{\"method\":\"acpioff\"}}"));
    }

    @Test
    void messageIsCodeAndMessage() throws IOException {
        TestIo.Response response = new TestIo.Response();
        rendering.renderMessage(404, "no entity at /compute/9", TestIo.context(), response);

        JsonNode json = assertValid(response.text(), Shape.MESSAGE);
        assertThat(json).isEqualTo(SpecSchema.read("{\"code\":404,\"message\":\"no entity at /compute/9\"}"));
    }

    private String entity(EntityView view) throws IOException {
        TestIo.Response response = new TestIo.Response();
        rendering.renderEntity(view, TestIo.context(), response);
        return response.text();
    }

    private String collection(List<EntityView> views) throws IOException {
        TestIo.Response response = new TestIo.Response();
        Iterator<EntityView> entities = views.isEmpty() ? Collections.emptyIterator() : views.iterator();
        rendering.renderCollection(entities, info(), TestIo.context(), response);
        return response.text();
    }

    private String categories(List<Category> categories) throws IOException {
        TestIo.Response response = new TestIo.Response();
        rendering.renderCategories(categories, TestIo.context(), response);
        return response.text();
    }

    private static CollectionInfo info() {
        return new CollectionInfo("/", null, 1, 100, 4);
    }

    private static long tempListingFiles() throws IOException {
        try (var files = Files.list(java.nio.file.Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("occi-json-listing-")).count();
        }
    }

    /** A context that passes everything on, for tests to override one method. */
    private static class DelegatingContext implements occi.api.rendering.RenderContext {
        private final occi.api.rendering.RenderContext delegate;

        DelegatingContext(occi.api.rendering.RenderContext delegate) {
            this.delegate = delegate;
        }

        @Override
        public java.net.URI base() {
            return delegate.base();
        }

        @Override
        public String categoryLocation(String location) {
            return delegate.categoryLocation(location);
        }

        @Override
        public java.util.Optional<Category> category(CategoryId id) {
            return delegate.category(id);
        }

        @Override
        public String mediaType() {
            return delegate.mediaType();
        }
    }
}
