package occi.rendering.text;

import static occi.rendering.text.Refusals.badRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import occi.api.AttributeDefinition;
import occi.api.AttributeType;
import occi.api.Category;
import occi.api.CategoryId;
import occi.api.Core;
import occi.api.Kind;
import occi.api.Mixin;
import occi.api.Resource;
import occi.api.rendering.ActionInvocation;
import occi.api.rendering.CategoryRepresentation;
import occi.api.rendering.CollectionInfo;
import occi.api.rendering.EntityRepresentation;
import occi.api.rendering.EntityView;
import occi.api.rendering.Filter;
import occi.api.rendering.LinkRepresentation;
import org.junit.jupiter.api.Test;

class TextPlainRenderingTest {

    private final TextPlainRendering rendering = new TextPlainRendering(TextLimits.DEFAULTS, message -> {});

    private RecordingResponse render(EntityView view, TestContext context) throws IOException {
        RecordingResponse response = new RecordingResponse();
        rendering.renderEntity(view, context, response);
        return response;
    }

    /**
     * The rendering keeps the last category line it wrote: what it writes must still follow
     * the category and the location the context gives it, whatever it rendered before.
     */
    @Test
    void eachEntityGetsTheCategoryLineOfItsOwnKindAndContextWhateverCameBefore() throws IOException {
        EntityView network = Fixtures.network("n1");
        String[] firstNetwork = render(network, TestContext.relative()).bodyText().split("\r\n");
        String computeBody = render(Fixtures.compute(), TestContext.relative()).bodyText();
        String networkAbsolute = render(network, TestContext.absolute()).bodyText();
        String networkAgain = render(network, TestContext.relative()).bodyText();

        assertThat(firstNetwork[0]).isEqualTo("Category: network; scheme=\"http://schemas.ogf.org/occi/infrastructure#\"; "
                + "class=\"kind\"; title=\"Network\"; rel=\"http://schemas.ogf.org/occi/core#resource\"; location=\"/network/\"");
        assertThat(computeBody).startsWith("Category: compute;");
        assertThat(networkAbsolute).startsWith("Category: network;").contains("location=\"http://example.com:8080/network/\"");
        assertThat(networkAgain).isEqualTo(String.join("\r\n", firstNetwork) + "\r\n");
        TextPlainRendering fresh = new TextPlainRendering(TextLimits.DEFAULTS, message -> {});
        RecordingResponse alone = new RecordingResponse();
        fresh.renderEntity(Fixtures.compute(), TestContext.relative(), alone);
        assertThat(computeBody).isEqualTo(alone.bodyText());
    }

    @Test
    void twoKindsWithoutALocationEachGetTheirOwnCategoryLine() throws IOException {
        Kind first = new Kind(new CategoryId("http://example.com/a#", "first"), "First", Core.RESOURCE.id(), Map.of(), List.of(), null);
        Kind second = new Kind(new CategoryId("http://example.com/a#", "second"), "Second", Core.RESOURCE.id(), Map.of(), List.of(), null);
        EntityView one = new EntityView(new Resource("1", "/x/1", first.id(), List.of(), Map.of(), null, null, 1), first,
                List.of(), List.of(), List.of());
        EntityView two = new EntityView(new Resource("2", "/x/2", second.id(), List.of(), Map.of(), null, null, 1), second,
                List.of(), List.of(), List.of());

        assertThat(render(one, TestContext.relative()).bodyText()).startsWith("Category: first;");
        assertThat(render(two, TestContext.relative()).bodyText()).startsWith("Category: second;");
    }

    @Test
    void aResourceReadsBackAsTheSameRepresentation() throws IOException {
        RecordingResponse response = render(Fixtures.compute(), TestContext.relative());

        assertThat(rendering.parseEntity(response.asRequest())).isEqualTo(Fixtures.representation(Fixtures.compute()));
    }

    @Test
    void aResourceIsRenderedAsCategoriesLinksActionLinksAndAttributesInTheBody() throws IOException {
        RecordingResponse response = render(Fixtures.compute(), TestContext.relative());

        assertThat(response.headers()).isEmpty();
        assertThat(response.bodyText()).isEqualTo("""
                Category: compute; scheme="http://schemas.ogf.org/occi/infrastructure#"; class="kind"; title="Compute Resource"; rel="http://schemas.ogf.org/occi/core#resource"; location="/compute/"\r
                Category: ubuntu; scheme="http://example.com/templates/os#"; class="mixin"; title="Ubuntu 24.04"; rel="http://schemas.ogf.org/occi/infrastructure#os_tpl"; location="/templates/os/ubuntu/"\r
                Link: <http://example.com:8080/network/n1>; rel="http://schemas.ogf.org/occi/infrastructure#network"; self="http://example.com:8080/networkinterface/91ab0000-0000-4000-8000-000000000002"; category="http://schemas.ogf.org/occi/infrastructure#networkinterface http://schemas.ogf.org/occi/infrastructure/networkinterface#ipnetworkinterface"; occi.core.id="91ab0000-0000-4000-8000-000000000002"; occi.core.source="/compute/6f1c2d3e-0000-4000-8000-000000000001"; occi.core.target="/network/n1"; occi.networkinterface.interface="eth0"; occi.networkinterface.address="10.0.0.2"\r
                Link: <http://example.com:8080/compute/6f1c2d3e-0000-4000-8000-000000000001?action=start>; rel="http://schemas.ogf.org/occi/infrastructure/compute/action#start"\r
                Link: <http://example.com:8080/compute/6f1c2d3e-0000-4000-8000-000000000001?action=stop>; rel="http://schemas.ogf.org/occi/infrastructure/compute/action#stop"\r
                X-OCCI-Attribute: occi.core.id="6f1c2d3e-0000-4000-8000-000000000001"\r
                X-OCCI-Attribute: occi.core.title="My VM"\r
                X-OCCI-Attribute: occi.core.summary="a test machine"\r
                X-OCCI-Attribute: occi.compute.cores=2\r
                X-OCCI-Attribute: occi.compute.memory=4.5\r
                X-OCCI-Attribute: occi.compute.hostname="vm \\"one\\", \\\\ the first; é ✓ 😀"\r
                X-OCCI-Attribute: occi.compute.state="active"\r
                X-OCCI-Attribute: example.big=123456789012345678901234567890\r
                X-OCCI-Attribute: example.negative="-7"\r
                X-OCCI-Attribute: example.enabled=true\r
                """);
    }

    @Test
    void aLinkIsRenderedWithItsCategoriesAndAttributesIncludingSourceAndTarget() throws IOException {
        RecordingResponse response = render(Fixtures.nic(), TestContext.relative());

        assertThat(response.bodyText()).isEqualTo("""
                Category: networkinterface; scheme="http://schemas.ogf.org/occi/infrastructure#"; class="kind"; title="NIC"; rel="http://schemas.ogf.org/occi/core#link"; location="/networkinterface/"\r
                Category: ipnetworkinterface; scheme="http://schemas.ogf.org/occi/infrastructure/networkinterface#"; class="mixin"; title="IP NIC"; location="/ipnetworkinterface/"\r
                X-OCCI-Attribute: occi.core.id="91ab0000-0000-4000-8000-000000000002"\r
                X-OCCI-Attribute: occi.core.source="/compute/6f1c2d3e-0000-4000-8000-000000000001"\r
                X-OCCI-Attribute: occi.core.target="/network/n1"\r
                X-OCCI-Attribute: occi.networkinterface.interface="eth0"\r
                X-OCCI-Attribute: occi.networkinterface.address="10.0.0.2"\r
                """);
        assertThat(rendering.parseEntity(response.asRequest())).isEqualTo(Fixtures.representation(Fixtures.nic()));
    }

    @Test
    void anActionInvocationReadsBackAsWritten() {
        String body = "Category: " + CategoryValues.reference(Fixtures.STOP, TestContext.relative(), false) + "\n"
                + "X-OCCI-Attribute: method=" + new TextValues().value("graceful", false) + "\n";

        assertThat(rendering.parseAction(TestRequest.body(body)))
                .isEqualTo(new ActionInvocation(Fixtures.STOP.id(), Map.of("method", "graceful")));
    }

    @Test
    void anActionInvocationMayLeaveTheActionToTheQuery() {
        assertThat(rendering.parseAction(TestRequest.body("X-OCCI-Attribute: method=\"poweroff\"")))
                .isEqualTo(new ActionInvocation(null, Map.of("method", "poweroff")));
        assertThat(rendering.parseAction(TestRequest.body(""))).isEqualTo(new ActionInvocation(null, Map.of()));
    }

    @Test
    void theQueryInterfaceReadsBackAsTheSameCategories() throws IOException {
        RecordingResponse response = new RecordingResponse();
        rendering.renderCategories(Fixtures.MODEL, TestContext.relative(), response);

        assertThat(rendering.parseCategories(response.asRequest()))
                .isEqualTo(Fixtures.MODEL.stream().map(TextPlainRenderingTest::asWritten).toList());
    }

    @Test
    void theQueryInterfaceListsAttributesWithTheirPropertiesAndActions() throws IOException {
        RecordingResponse response = new RecordingResponse();
        rendering.renderCategories(List.of(Fixtures.COMPUTE, Fixtures.STOP), TestContext.relative(), response);

        assertThat(response.bodyText()).isEqualTo("""
                Category: compute; scheme="http://schemas.ogf.org/occi/infrastructure#"; class="kind"; title="Compute Resource"; rel="http://schemas.ogf.org/occi/core#resource"; location="/compute/"; attributes="occi.compute.cores occi.compute.memory occi.compute.hostname{required} occi.compute.state{immutable required}"; actions="http://schemas.ogf.org/occi/infrastructure/compute/action#start http://schemas.ogf.org/occi/infrastructure/compute/action#stop"\r
                Category: stop; scheme="http://schemas.ogf.org/occi/infrastructure/compute/action#"; class="action"; title="Stop the \\"VM\\""; attributes="method"\r
                """);
    }

    @Test
    void categoryLocationsAreRelativeByDefaultAndAbsoluteWhenConfigured() throws IOException {
        // pyssf rendered them absolute, which breaks clients that join endpoint and location
        assertThat(render(Fixtures.compute(), TestContext.relative()).bodyText()).contains("location=\"/compute/\"");
        assertThat(render(Fixtures.compute(), TestContext.absolute()).bodyText())
                .contains("location=\"http://example.com:8080/compute/\"");
    }

    @Test
    void theCoreKindsAreRenderedLikeAnyOther() throws IOException {
        RecordingResponse response = new RecordingResponse();
        rendering.renderCategories(List.of(occi.api.Core.ENTITY), TestContext.relative(), response);

        assertThat(response.bodyText()).isEqualTo("Category: entity; scheme=\"http://schemas.ogf.org/occi/core#\"; class=\"kind\";"
                + " title=\"Entity\"; location=\"/entity/\"; attributes=\"occi.core.id{immutable required} occi.core.title\"\r\n");
    }

    @Test
    void aCollectionIsOneAbsoluteLocationPerLineAndReadsBackAsLocations() throws IOException {
        RecordingResponse response = new RecordingResponse();
        rendering.renderCollection(List.of(Fixtures.network("a"), Fixtures.network("b")).iterator(),
                new CollectionInfo("/network/", Fixtures.NETWORK, 1, 100, 2), TestContext.relative(), response);

        assertThat(response.bodyText()).isEqualTo("X-OCCI-Location: http://example.com:8080/network/a\r\n"
                + "X-OCCI-Location: http://example.com:8080/network/b\r\n");
        assertThat(rendering.parseLocations(response.asRequest()))
                .containsExactly("http://example.com:8080/network/a", "http://example.com:8080/network/b");
    }

    @Test
    void anEmptyCollectionIsAnEmptyBody() throws IOException {
        RecordingResponse response = new RecordingResponse();
        rendering.renderCollection(List.<EntityView>of().iterator(), new CollectionInfo("/network/", Fixtures.NETWORK, 1, 100, 0),
                TestContext.relative(), response);

        assertThat(response.bodyText()).isEmpty();
    }

    @Test
    void aLargeCollectionIsStreamedNotBuiltInMemory() throws IOException {
        int size = 100_000;
        RecordingResponse response = new RecordingResponse();
        int[] bytesWrittenHalfway = { -1 };
        Iterator<EntityView> entities = new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            public EntityView next() {
                if (next >= size) {
                    throw new NoSuchElementException();
                }
                if (next == size / 2) {
                    bytesWrittenHalfway[0] = response.bodySize();
                }
                return Fixtures.network(Integer.toString(next++));
            }
        };

        rendering.renderCollection(entities, new CollectionInfo("/network/", Fixtures.NETWORK, 1, size, size),
                TestContext.relative(), response);

        // half the lines are in the body before the iterator yields the second half
        String line = "X-OCCI-Location: http://example.com:8080/network/49999\r\n";
        assertThat(bytesWrittenHalfway[0]).isGreaterThan(size / 2 * (line.length() - 5) - 8192);
        assertThat(response.bodyText().lines()).hasSize(size).endsWith("X-OCCI-Location: http://example.com:8080/network/99999");
    }

    @Test
    void aPutOfARenderingAsReadIsAcceptedWithItsActionLinksIgnored() {
        // pyssf refused this with 400 "Could not determine the Category of the Link"
        String body = """
                Category: compute; scheme="http://schemas.ogf.org/occi/infrastructure#"; class="kind";
                Link: </users/foo/compute/b9ff813e?action=start>; rel="http://schemas.ogf.org/occi/infrastructure/compute/action#start"
                X-OCCI-Attribute: occi.core.id="urn:uuid:b9ff813e-fee5-4a9d-b839-673f39746096"
                X-OCCI-Attribute: occi.core.title="My Dummy VM"
                X-OCCI-Attribute: occi.compute.architecture="x86"
                X-OCCI-Attribute: occi.compute.state="inactive"
                X-OCCI-Attribute: occi.compute.speed=1.33
                X-OCCI-Attribute: occi.compute.memory=2.0
                X-OCCI-Attribute: occi.compute.cores=2
                X-OCCI-Attribute: occi.compute.hostname="dummy"
                """;

        EntityRepresentation entity = rendering.parseEntity(TestRequest.body(body));

        assertThat(entity.kind()).isEqualTo(Fixtures.COMPUTE.id());
        assertThat(entity.links()).isEmpty();
        assertThat(entity.attributes()).containsExactly(
                Map.entry("occi.core.id", "urn:uuid:b9ff813e-fee5-4a9d-b839-673f39746096"),
                Map.entry("occi.core.title", "My Dummy VM"),
                Map.entry("occi.compute.architecture", "x86"),
                Map.entry("occi.compute.state", "inactive"),
                Map.entry("occi.compute.speed", new BigDecimal("1.33")),
                Map.entry("occi.compute.memory", new BigDecimal("2.0")),
                Map.entry("occi.compute.cores", 2L),
                Map.entry("occi.compute.hostname", "dummy"));
    }

    @Test
    void anOcci11CreationWithQuotedValuesAndAnInlineLinkIsRead() {
        String body = """
                Category: compute; scheme="http://schemas.ogf.org/occi/infrastructure#"; class="kind"
                Category: ubuntu; scheme="http://example.com/templates/os#"; class="mixin"
                Link: </network/n1>; rel="http://schemas.ogf.org/occi/infrastructure#network"; category="http://schemas.ogf.org/occi/infrastructure#networkinterface"; occi.networkinterface.interface="eth0"
                X-OCCI-Attribute: occi.compute.cores="2"
                X-OCCI-Attribute: occi.compute.memory="1.5"
                """;

        assertThat(rendering.parseEntity(TestRequest.body(body))).isEqualTo(new EntityRepresentation(
                Fixtures.COMPUTE.id(), List.of(Fixtures.UBUNTU.id()),
                Map.of("occi.compute.cores", "2", "occi.compute.memory", "1.5"),
                List.of(new LinkRepresentation("/network/n1", Fixtures.NETWORK.id(), Fixtures.NETWORK_INTERFACE.id(),
                        List.of(), Map.of("occi.networkinterface.interface", "eth0"), null))));
    }

    @Test
    void aUserMixinMayDependOnACategoryTheServerDoesNotKnow() {
        // pyssf refused a user mixin whose rel named an unknown category; that is the server's call, not the parser's
        List<CategoryRepresentation> categories = rendering.parseCategories(TestRequest.body(
                "Category: my_stuff; scheme=\"http://example.com/occi/my_stuff#\"; class=\"mixin\";"
                        + " rel=\"http://example.com/occi/nowhere#unknown\"; location=\"/my_stuff/\""));

        assertThat(categories).containsExactly(new CategoryRepresentation(
                CategoryId.parse("http://example.com/occi/my_stuff#my_stuff"), "mixin", null,
                List.of(CategoryId.parse("http://example.com/occi/nowhere#unknown")), List.of(), "/my_stuff/", Map.of()));
    }

    @Test
    void aFilterHasCategoriesAndAttributeValues() {
        Filter filter = rendering.parseFilter(TestRequest.body("""
                Category: compute; scheme="http://schemas.ogf.org/occi/infrastructure#"
                X-OCCI-Attribute: occi.compute.state="active", occi.compute.cores=2
                """));

        assertThat(filter).isEqualTo(new Filter(List.of(Fixtures.COMPUTE.id()),
                Map.of("occi.compute.state", "active", "occi.compute.cores", 2L)));
        assertThat(rendering.parseFilter(TestRequest.body("")).isEmpty()).isTrue();
    }

    @Test
    void aRequestWithoutBodyMayCarryItsFieldsInHeaders() {
        // a filtering GET has no body to put them in
        TestRequest request = TestRequest.body("").header("Category",
                "compute; scheme=\"http://schemas.ogf.org/occi/infrastructure#\"; class=\"kind\"");

        assertThat(rendering.parseFilter(request).categories()).containsExactly(Fixtures.COMPUTE.id());
    }

    @Test
    void aMessageIsTheBody() throws IOException {
        RecordingResponse response = new RecordingResponse();
        rendering.renderMessage(404, "no entity at /compute/9", TestContext.relative(), response);

        assertThat(response.bodyText()).isEqualTo("no entity at /compute/9\r\n");
    }

    @Test
    void anEntityHasOneKind() {
        badRequest("line 2: a second kind, http://schemas.ogf.org/occi/infrastructure#network, after"
                + " http://schemas.ogf.org/occi/infrastructure#compute (line 1); an entity has one kind",
                () -> rendering.parseEntity(TestRequest.body("""
                        Category: compute; scheme="http://schemas.ogf.org/occi/infrastructure#"; class="kind"
                        Category: network; scheme="http://schemas.ogf.org/occi/infrastructure#"; class="kind"
                        """)));
    }

    @Test
    void anEntityNamesEachMixinOnce() {
        badRequest("line 2: mixin http://e.com/t#m given twice", () -> rendering.parseEntity(TestRequest.body("""
                Category: m; scheme="http://e.com/t#"; class="mixin"
                Category: m; scheme="http://e.com/t#"; class="mixin"
                """)));
    }

    @Test
    void anEntityCategoryWithoutClassIsLeftToTheServer() {
        // OCCI 1.1 clients name categories without class: the server's model says what they are
        EntityRepresentation rep = rendering.parseEntity(TestRequest.body("""
                Category: compute; scheme="http://schemas.ogf.org/occi/infrastructure#"
                Category: ubuntu; scheme="http://example.com/templates/os#"; class="mixin"
                Category: small; scheme="http://example.com/templates/size#"
                X-OCCI-Attribute: occi.core.title="vm"
                """));

        assertThat(rep.kind()).isNull();
        assertThat(rep.mixins()).containsExactly(CategoryId.parse("http://example.com/templates/os#ubuntu"));
        assertThat(rep.unclassified()).containsExactly(CategoryId.parse("http://schemas.ogf.org/occi/infrastructure#compute"),
                CategoryId.parse("http://example.com/templates/size#small"));
        badRequest("line 2: Category http://e.com/t#c given twice", () -> rendering.parseEntity(TestRequest.body(
                "Category: c; scheme=\"http://e.com/t#\"\nCategory: c; scheme=\"http://e.com/t#\"")));
    }

    @Test
    void anEntityCategoryIsNotAnAction() {
        badRequest("line 1: Category http://e.com/t#start is an action; an entity's categories are its kind and mixins",
                () -> rendering.parseEntity(TestRequest.body("Category: start; scheme=\"http://e.com/t#\"; class=\"action\"")));
    }

    @Test
    void anEntityHasNoLocations() {
        badRequest("line 2: X-OCCI-Location has no place in an entity rendering", () -> rendering.parseEntity(
                TestRequest.body("X-OCCI-Attribute: a=1\nX-OCCI-Location: /compute/1")));
    }

    @Test
    void anAttributeIsGivenOnce() {
        badRequest("line 3: attribute a given twice (also line 1)",
                () -> rendering.parseEntity(TestRequest.body("X-OCCI-Attribute: a=1\nX-OCCI-Attribute: b=1\nX-OCCI-Attribute: a=2")));
        badRequest("line 1, value 2: attribute a given twice (also line 1, value 1)",
                () -> rendering.parseAction(TestRequest.body("X-OCCI-Attribute: a=1, a=1")));
    }

    @Test
    void anActionInvocationNamesOneActionAndNothingElse() {
        badRequest("line 2: a second Category, http://e.com/a#b; an action invocation names one action",
                () -> rendering.parseAction(TestRequest.body("""
                        Category: a; scheme="http://e.com/a#"; class="action"
                        Category: b; scheme="http://e.com/a#"; class="action"
                        """)));
        badRequest("line 1: Category http://e.com/t#c is a kind; an action invocation names an action (class=\"action\")",
                () -> rendering.parseAction(TestRequest.body("Category: c; scheme=\"http://e.com/t#\"; class=\"kind\"")));
        badRequest("line 1: Link has no place in an action invocation",
                () -> rendering.parseAction(TestRequest.body("Link: </n/1>; rel=\"http://e.com/t#n\"")));
        badRequest("line 1: X-OCCI-Location has no place in an action invocation",
                () -> rendering.parseAction(TestRequest.body("X-OCCI-Location: /c/1")));
    }

    @Test
    void categoriesComeAloneAndOnce() {
        badRequest("line 2: Category http://e.com/t#m given twice (also line 1)", () -> rendering.parseCategories(TestRequest.body("""
                Category: m; scheme="http://e.com/t#"; class="mixin"; location="/m/"
                Category: m; scheme="http://e.com/t#"; class="mixin"; location="/m/"
                """)));
        badRequest("line 1: X-OCCI-Attribute has no place in a category rendering",
                () -> rendering.parseCategories(TestRequest.body("X-OCCI-Attribute: a=1")));
        badRequest("line 1: Link has no place in a category rendering",
                () -> rendering.parseCategories(TestRequest.body("Link: </n/1>")));
        badRequest("line 1: X-OCCI-Location has no place in a category rendering",
                () -> rendering.parseCategories(TestRequest.body("X-OCCI-Location: /c/1")));
    }

    @Test
    void locationsComeAlone() {
        badRequest("line 1: Category has no place in a location list",
                () -> rendering.parseLocations(TestRequest.body("Category: m; scheme=\"http://e.com/t#\"\nX-OCCI-Location: /c/1")));
        badRequest("line 1: Link has no place in a location list",
                () -> rendering.parseLocations(TestRequest.body("Link: </n/1>")));
        badRequest("line 1: X-OCCI-Attribute has no place in a location list",
                () -> rendering.parseLocations(TestRequest.body("X-OCCI-Attribute: a=1")));
        badRequest("line 1: empty X-OCCI-Location", () -> rendering.parseLocations(TestRequest.body("X-OCCI-Location: <>")));
        badRequest("line 1: X-OCCI-Location /a b is not a URI: Illegal character in path at index 2: /a b",
                () -> rendering.parseLocations(TestRequest.body("X-OCCI-Location: /a b")));
    }

    @Test
    void aFilterHasNoLinksOrLocations() {
        badRequest("line 1: Link has no place in a filter", () -> rendering.parseFilter(TestRequest.body("Link: </n/1>")));
        badRequest("line 1: X-OCCI-Location has no place in a filter",
                () -> rendering.parseFilter(TestRequest.body("X-OCCI-Location: /c/1")));
    }

    @Test
    void locationsMayBeWrappedInAngleBrackets() {
        assertThat(rendering.parseLocations(TestRequest.body("X-OCCI-Location: </compute/1>\nX-OCCI-Location: /compute/2")))
                .containsExactly("/compute/1", "/compute/2");
    }

    /** What the text rendering of a category carries: no attribute types, a kind's parent as its one dependency. */
    static CategoryRepresentation asWritten(Category category) {
        Map<String, AttributeDefinition> attributes = new java.util.LinkedHashMap<>();
        category.attributes().values().forEach(d -> attributes.put(d.name(),
                new AttributeDefinition(d.name(), AttributeType.STRING, List.of(), d.mutable(), d.required(), null, null, null)));
        if (category instanceof Kind kind) {
            return new CategoryRepresentation(kind.id(), "kind", kind.title(),
                    kind.parent() == null ? List.of() : List.of(kind.parent()), List.of(), kind.location(), attributes);
        }
        if (category instanceof Mixin mixin) {
            // GFD.229: rel carries the first depends only; applies is not in the text rendering
            return new CategoryRepresentation(mixin.id(), "mixin", mixin.title(),
                    mixin.depends().isEmpty() ? List.of() : List.of(mixin.depends().get(0)), List.of(), mixin.location(), attributes);
        }
        return new CategoryRepresentation(category.id(), "action", category.title(), List.of(), List.of(), null, attributes);
    }
}
