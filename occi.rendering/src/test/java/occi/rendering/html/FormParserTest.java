package occi.rendering.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import occi.api.CategoryId;
import occi.api.OcciException;
import occi.api.rendering.Filter;
import org.junit.jupiter.api.Test;

/** The form fields the pages post, read back into representations. */
class FormParserTest {

    final HtmlRendering rendering = new HtmlRendering(Look.defaults(), Fixtures.silentLogger(new ArrayList<>()));

    static Fixtures.FormRequest form(String body) {
        return Fixtures.FormRequest.of(body);
    }

    @Test
    void anEntityFormGivesKindMixinsAndTheAttributesFilledIn() {
        var entity = rendering.parseEntity(form("kind=http%3A%2F%2Fschemas.ogf.org%2Focci%2Finfrastructure%23compute"
                + "&mixin=http%3A%2F%2Fexample.com%2Fos%23debian+http%3A%2F%2Fexample.com%2Fsize%23small"
                + "&mixin=http%3A%2F%2Fexample.com%2Fos%23debian"
                + "&attribute.occi.compute.cores=2&attribute.occi.core.title=caf%C3%A9+one&attribute.occi.compute.hostname="
                + "&submit=Create"));

        assertThat(entity.kind()).isEqualTo(Fixtures.COMPUTE.id());
        assertThat(entity.mixins()).containsExactly(CategoryId.parse("http://example.com/os#debian"),
                CategoryId.parse("http://example.com/size#small"));
        assertThat(entity.attributes()).as("blank fields are not given; values stay strings for the server to coerce")
                .containsExactly(java.util.Map.entry("occi.compute.cores", "2"), java.util.Map.entry("occi.core.title", "café one"));
        assertThat(entity.links()).isEmpty();
    }

    @Test
    void anActionFormGivesTheActionAndItsAttributes() {
        var action = rendering.parseAction(form("action=http%3A%2F%2Fschemas.ogf.org%2Focci%2Finfrastructure%2Fcompute%2Faction%23stop"
                + "&attribute.method=graceful&invoke=stop"));
        assertThat(action.action()).isEqualTo(Fixtures.STOP.id());
        assertThat(action.attributes()).containsOnly(java.util.Map.entry("method", "graceful"));

        assertThat(rendering.parseAction(form("")).action()).as("the URL's ?action= names it then").isNull();
    }

    @Test
    void locationsAreRepeatedOrSpaceSeparated() {
        assertThat(rendering.parseLocations(form("location=%2Fcompute%2F1&location=+%2Fcompute%2F2+%2Fcompute%2F3+&location=")))
                .containsExactly("/compute/1", "/compute/2", "/compute/3");
    }

    @Test
    void aUserMixinDefinitionAndCategoriesToRemove() {
        var categories = rendering.parseCategories(form("category.scheme=http%3A%2F%2Fexample.com%2Ftags%23&category.term=prod"
                + "&category.title=Production&category.location=%2Fprod%2F"
                + "&category.depends=http%3A%2F%2Fexample.com%2Ftags%23env"
                + "&category.applies=http%3A%2F%2Fschemas.ogf.org%2Focci%2Finfrastructure%23compute"));
        assertThat(categories).hasSize(1);
        var mixin = categories.get(0);
        assertThat(mixin.id()).isEqualTo(new CategoryId("http://example.com/tags#", "prod"));
        assertThat(mixin.categoryClass()).isEqualTo("mixin");
        assertThat(mixin.title()).isEqualTo("Production");
        assertThat(mixin.location()).isEqualTo("/prod/");
        assertThat(mixin.depends()).containsExactly(CategoryId.parse("http://example.com/tags#env"));
        assertThat(mixin.applies()).containsExactly(Fixtures.COMPUTE.id());

        var removal = rendering.parseCategories(form("category=http%3A%2F%2Fexample.com%2Ftags%23prod"));
        assertThat(removal).extracting(c -> c.id().toString()).containsExactly("http://example.com/tags#prod");
    }

    @Test
    void aFilterFormGivesCategoriesAndAttributes() {
        Filter filter = rendering.parseFilter(form("category=http%3A%2F%2Fexample.com%2Ftags%23prod&attribute.occi.compute.cores=2"));
        assertThat(filter.categories()).containsExactly(CategoryId.parse("http://example.com/tags#prod"));
        assertThat(filter.attributes()).containsOnly(java.util.Map.entry("occi.compute.cores", "2"));
        assertThat(rendering.parseFilter(new Fixtures.FormRequest(null, ""))).isSameAs(Filter.NONE);
    }

    @Test
    void badInputIsA400ThatSaysWhatWasWrong() {
        assertThatThrownBy(() -> rendering.parseEntity(form("kind=compute")))
                .isInstanceOf(OcciException.class).hasMessageContaining("kind").extracting(e -> ((OcciException) e).status()).isEqualTo(400);
        assertThatThrownBy(() -> rendering.parseEntity(form("attribute.x=%ZZ")))
                .isInstanceOf(OcciException.class).hasMessageContaining("malformed");
        assertThatThrownBy(() -> rendering.parseEntity(form("attribute.x=1&attribute.x=2")))
                .isInstanceOf(OcciException.class).hasMessageContaining("attribute.x");
        assertThatThrownBy(() -> rendering.parseCategories(form("category.term=prod")))
                .isInstanceOf(OcciException.class).hasMessageContaining("scheme");
        assertThatThrownBy(() -> rendering.parseEntity(new Fixtures.FormRequest("text/plain", "Category: x")))
                .isInstanceOf(OcciException.class).extracting(e -> ((OcciException) e).status()).isEqualTo(415);
    }

    @Test
    void aBodyThatIsNotUtf8IsRefused() {
        OcciException refused = org.junit.jupiter.api.Assertions.assertThrows(OcciException.class,
                () -> FormData.read(new java.io.ByteArrayInputStream(new byte[] {'a', '=', (byte) 0xC3, (byte) 0x28})));
        assertThat(refused.status()).isEqualTo(400);
    }
}
