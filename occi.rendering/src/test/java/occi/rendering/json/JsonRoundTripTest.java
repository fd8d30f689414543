package occi.rendering.json;

import static occi.rendering.json.SpecSchema.assertValid;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import occi.api.Action;
import occi.api.Category;
import occi.api.CategoryId;
import occi.api.Core;
import occi.api.Kind;
import occi.api.Link;
import occi.api.Mixin;
import occi.api.Resource;
import occi.api.rendering.ActionInvocation;
import occi.api.rendering.CategoryRepresentation;
import occi.api.rendering.CollectionInfo;
import occi.api.rendering.EntityRepresentation;
import occi.api.rendering.EntityView;
import occi.api.rendering.LinkRepresentation;
import org.junit.jupiter.api.Test;

/**
 * JSON → representation → model → view → JSON gives the document back: nothing is lost
 * or retyped on the way. The model step does what the server does with a representation
 * (core attributes become the entity's fields; categories are looked up).
 */
class JsonRoundTripTest {

    static final String COMPUTE = """
            {"kind":"http://schemas.ogf.org/occi/infrastructure#compute",
             "mixins":["http://example.org/templates/os#ubuntu"],
             "attributes":{"occi.compute.cores":4,"occi.compute.memory":8.25,"occi.compute.state":"active",
                           "example.compute.ephemeral":true,"example.compute.tags":["web",2,1.50,{"k":false}],
                           "example.compute.placement":{"zone":"z1","rack":{"row":7,"load":0.125}},
                           "example.huge":123456789012345678901234567890},
             "actions":["http://schemas.ogf.org/occi/infrastructure/compute/action#start",
                        "http://schemas.ogf.org/occi/infrastructure/compute/action#stop"],
             "id":"c1",
             "links":[{"kind":"http://schemas.ogf.org/occi/infrastructure#networkinterface",
                       "attributes":{"occi.networkinterface.interface":"eth0"},
                       "id":"c1-eth0",
                       "source":{"location":"/compute/c1","kind":"http://schemas.ogf.org/occi/infrastructure#compute"},
                       "target":{"location":"/network/n1","kind":"http://schemas.ogf.org/occi/infrastructure#network"},
                       "title":"eth0"},
                      {"kind":"http://schemas.ogf.org/occi/core#link","attributes":{},"id":"c1-doc",
                       "source":{"location":"/compute/c1","kind":"http://schemas.ogf.org/occi/infrastructure#compute"},
                       "target":{"location":"https://docs.example.org/vm"}}],
             "summary":"a web server","title":"vm c1"}
            """;

    static final String LINK = """
            {"kind":"http://schemas.ogf.org/occi/infrastructure#networkinterface",
             "attributes":{"occi.networkinterface.interface":"eth1","example.mtu":9000},
             "id":"l9","source":{"location":"/compute/c1"},"target":{"location":"https://example.org/ext"},"title":"uplink"}
            """;

    private final JsonRendering rendering = TestIo.rendering();

    @Test
    void resource() throws IOException {
        assertValid(COMPUTE, Shape.RESOURCE);
        EntityRepresentation parsed = rendering.parseEntity(TestIo.request(COMPUTE));

        assertThat(render(resourceView(parsed))).isEqualTo(SpecSchema.read(COMPUTE));
    }

    @Test
    void link() throws IOException {
        assertValid(LINK, Shape.LINK);
        EntityRepresentation parsed = rendering.parseEntity(TestIo.request(LINK));

        assertThat(render(linkView(parsed, null))).isEqualTo(SpecSchema.read(LINK));
    }

    @Test
    void resourceCollection() throws IOException {
        String collection = "{\"resources\":[" + COMPUTE + "," + COMPUTE.replace("c1", "c2") + "]}";
        assertValid(collection, Shape.RESOURCE_COLLECTION);
        List<EntityView> views = new ArrayList<>();
        SpecSchema.read(collection).get("resources").forEach(r ->
                views.add(resourceView(rendering.parseEntity(TestIo.request(r.toString())))));

        TestIo.Response response = new TestIo.Response();
        rendering.renderCollection(views.iterator(), new CollectionInfo("/compute/", TestModel.COMPUTE, 1, 10, 2),
                TestIo.context(), response);
        assertThat(SpecSchema.read(response.text())).isEqualTo(SpecSchema.read(collection));
    }

    @Test
    void actionInvocation() throws IOException {
        String json = "{\"action\":\"http://schemas.ogf.org/occi/infrastructure/compute/action#stop\","
                + "\"attributes\":{\"method\":\"graceful\",\"timeout\":30,\"force\":false}}";
        ActionInvocation parsed = rendering.parseAction(TestIo.request(json));

        StringWriter text = new StringWriter();
        try (var out = SpecSchema.MAPPER.getFactory().createGenerator(text)) {
            ModelWriter.actionInvocation(out, parsed);
        }
        assertThat(SpecSchema.read(text.toString())).isEqualTo(SpecSchema.read(json));
    }

    @Test
    void mixinDefinitionsOfTheQueryInterface() throws IOException {
        String json = """
                {"mixins":[
                  {"term":"webfarm","scheme":"http://example.org/user#","title":"my web farm",
                   "attributes":{"example.farm.size":{"mutable":true,"required":false,"type":"number","default":3,
                                                      "pattern":"-?[0-9]+","description":"how many servers"},
                                 "example.farm.tier":{"mutable":true,"required":true,"type":"string","pattern":"gold|silver|b\\\\.x"},
                                 "example.farm.ratio":{"mutable":false,"required":false,"type":"number","default":0.75},
                                 "example.farm.name":{"mutable":true,"required":false,"type":"string","pattern":"[a-z]+"},
                                 "example.farm.on":{"mutable":true,"required":false,"type":"boolean","default":true},
                                 "example.farm.hosts":{"mutable":true,"required":false,"type":"array","default":["a"]},
                                 "example.farm.meta":{"mutable":true,"required":false,"type":"object","default":{"a":1}}},
                   "depends":["http://schemas.ogf.org/occi/infrastructure#os_tpl"],
                   "applies":["http://schemas.ogf.org/occi/infrastructure#compute"],
                   "location":"/webfarm/"}]}
                """;
        assertValid(json, Shape.MODEL);
        List<CategoryRepresentation> parsed = rendering.parseCategories(TestIo.request(json));
        assertThat(parsed).hasSize(1);
        CategoryRepresentation webfarm = parsed.get(0);
        assertThat(webfarm.categoryClass()).isEqualTo("mixin");
        assertThat(webfarm.attributes().get("example.farm.size").type()).isEqualTo(occi.api.AttributeType.INTEGER);
        assertThat(webfarm.attributes().get("example.farm.tier").enumValues()).containsExactly("gold", "silver", "b.x");

        Mixin mixin = new Mixin(webfarm.id(), webfarm.title(), webfarm.depends(), webfarm.applies(), webfarm.attributes(),
                List.of(), webfarm.location());
        TestIo.Response response = new TestIo.Response();
        rendering.renderCategories(List.of(mixin), TestIo.context(), response);
        assertThat(SpecSchema.read(response.text())).isEqualTo(SpecSchema.read(json));
    }

    @Test
    void wholeQueryInterfaceThroughTheModelAndBack() throws IOException {
        TestIo.Response first = new TestIo.Response();
        rendering.renderCategories(TestModel.CATEGORIES, TestIo.context(), first);
        List<Category> back = new ArrayList<>();
        for (CategoryRepresentation c : rendering.parseCategories(TestIo.request(first.text().replace("\"location\":\"\"",
                "\"location\":\"/entity/\"")))) {
            back.add(switch (c.categoryClass()) {
                case "mixin" -> new Mixin(c.id(), c.title(), c.depends(), c.applies(), c.attributes(),
                        ((Mixin) TestIo.context().category(c.id()).orElseThrow()).actions(), c.location());
                case "action" -> new Action(c.id(), c.title(), c.attributes());
                default -> {
                    Kind known = (Kind) TestIo.context().category(c.id()).orElseThrow();
                    yield new Kind(c.id(), c.title(), known.parent(), c.attributes(), known.actions(), known.location());
                }
            });
        }
        TestIo.Response second = new TestIo.Response();
        rendering.renderCategories(back, TestIo.context(), second);

        assertThat(SpecSchema.read(second.text())).isEqualTo(SpecSchema.read(first.text()));
        assertThat(back).as("every attribute definition, enums and integers included, survives")
                .containsExactlyElementsOf(TestModel.CATEGORIES);
    }

    private JsonNode render(EntityView view) throws IOException {
        TestIo.Response response = new TestIo.Response();
        rendering.renderEntity(view, TestIo.context(), response);
        return SpecSchema.read(response.text());
    }

    /** What the server makes of a parsed resource. */
    static EntityView resourceView(EntityRepresentation parsed) {
        Map<String, Object> attributes = new LinkedHashMap<>(parsed.attributes());
        String id = (String) attributes.remove(Core.ID);
        String title = (String) attributes.remove(Core.TITLE);
        String summary = (String) attributes.remove(Core.SUMMARY);
        Kind kind = (Kind) category(parsed.kind());
        Resource resource = new Resource(id, kind.location() + id, kind.id(), parsed.mixins(), attributes, title, summary, 1);
        List<EntityView> links = new ArrayList<>();
        for (LinkRepresentation link : parsed.links()) {
            Map<String, Object> linkAttributes = new LinkedHashMap<>(link.attributes());
            linkAttributes.put(Core.SOURCE, resource.location());
            links.add(linkView(new EntityRepresentation(link.kind(), link.mixins(), linkAttributes, List.of()),
                    link.targetKind()));
        }
        List<Action> actions = kind.actions().stream().map(a -> (Action) category(a)).toList();
        return new EntityView(resource, kind, parsed.mixins().stream().map(m -> (Mixin) category(m)).toList(), actions, links);
    }

    /** What the server makes of a parsed link. */
    static EntityView linkView(EntityRepresentation parsed, CategoryId targetKind) {
        Map<String, Object> attributes = new LinkedHashMap<>(parsed.attributes());
        String id = (String) attributes.remove(Core.ID);
        String title = (String) attributes.remove(Core.TITLE);
        String source = (String) attributes.remove(Core.SOURCE);
        String target = (String) attributes.remove(Core.TARGET);
        Kind kind = (Kind) category(parsed.kind());
        Link link = new Link(id, "/link/" + id, kind.id(), parsed.mixins(), attributes, title, source, target, targetKind, 1);
        return new EntityView(link, kind, List.of(), List.of(), List.of());
    }

    private static Category category(CategoryId id) {
        return TestIo.context().category(id).orElseThrow(() -> new AssertionError("unknown category " + id));
    }
}
