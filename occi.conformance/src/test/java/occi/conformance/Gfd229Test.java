package occi.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reader itself: what GFD.229's ABNF allows is read, anything else fails with the line. */
class Gfd229Test {

    static final String COMPUTE = "compute; scheme=\"http://schemas.ogf.org/occi/infrastructure#\"; class=\"kind\"; title=\"Compute\"; "
            + "rel=\"http://schemas.ogf.org/occi/core#resource\"; location=\"/compute/\"; "
            + "attributes=\"occi.compute.cores occi.compute.state{immutable required}\"; "
            + "actions=\"http://schemas.ogf.org/occi/infrastructure/compute/action#start\"";

    @Test
    void readsEveryKeyOfTheCategoryAbnf() {
        Gfd229.Category category = Gfd229.category(COMPUTE, COMPUTE);

        assertThat(category.type()).isEqualTo("http://schemas.ogf.org/occi/infrastructure#compute");
        assertThat(category.categoryClass()).isEqualTo("kind");
        assertThat(category.rel()).isEqualTo("http://schemas.ogf.org/occi/core#resource");
        assertThat(category.location()).isEqualTo("/compute/");
        assertThat(category.attributes()).containsExactly(new Gfd229.AttributeDef("occi.compute.cores", false, false),
                new Gfd229.AttributeDef("occi.compute.state", true, true));
        assertThat(category.actions()).containsExactly("http://schemas.ogf.org/occi/infrastructure/compute/action#start");
        assertThat(Gfd229.category("compute; scheme=\"http://x/y#\"; class=kind", "l").categoryClass()).as("class unquoted").isEqualTo("kind");
    }

    @Test
    void anUnknownKeyFailsWithItsLine() {
        String line = "Category: sliver; scheme=\"http://a/b#\"; class=\"mixin\"; applies=\"http://a/b#compute\"";

        assertThatThrownBy(() -> TextRendering.plain(line + "\n"))
                .hasMessageContaining("no key 'applies'").hasMessageContaining(line);
        assertThatThrownBy(() -> Gfd229.category("a; scheme=\"http://a/b#\"; class=\"mixin\"; depends=\"http://a/b#c\"", "l"))
                .hasMessageContaining("no key 'depends'");
    }

    @Test
    void keysOutOfOrderRepeatedOrMalformedFail() {
        assertThatThrownBy(() -> Gfd229.category("a; scheme=\"http://a/b#\"; class=\"kind\"; location=\"/a/\"; rel=\"http://a/b#c\"", "l"))
                .hasMessageContaining("out of the ABNF's order");
        assertThatThrownBy(() -> Gfd229.category("a; class=\"kind\"; scheme=\"http://a/b#\"", "l")).hasMessageContaining("expected key 'scheme'");
        assertThatThrownBy(() -> Gfd229.category("Compute; scheme=\"http://a/b#\"; class=\"kind\"", "l")).hasMessageContaining("not a term");
        assertThatThrownBy(() -> Gfd229.category("a; scheme=\"/relative#\"; class=\"kind\"", "l")).hasMessageContaining("not an absolute URI");
        assertThatThrownBy(() -> Gfd229.category("a; scheme=\"http://a/b#\"; class=\"other\"", "l")).hasMessageContaining("class must be");
        assertThatThrownBy(() -> Gfd229.category("a; scheme=\"http://a/b#\"; class=\"kind\";", "l")).hasMessageContaining("expected a key");
        assertThatThrownBy(() -> Gfd229.category("a; scheme=\"http://a/b#\"; class=\"mixin\"; rel=\"http://a/b#c http://a/b#d\"", "l"))
                .hasMessageContaining("rel of a Category is one type-identifier");
        assertThatThrownBy(() -> Gfd229.category("a; scheme=\"http://a/b#\"; class=\"kind\"; attributes=\"x{mutable}\"", "l"))
                .hasMessageContaining("immutable or required");
        assertThatThrownBy(() -> Gfd229.category("a; scheme=\"http://a/b#\"; class=\"kind\"; attributes=\"X.y\"", "l"))
                .hasMessageContaining("not an attribute-name");
    }

    @Test
    void attributesAreStringsNumbersOrBooleans() {
        assertThat(Gfd229.attribute("occi.compute.cores=2", "l").value()).isEqualTo(new BigDecimal("2"));
        assertThat(Gfd229.attribute("occi.compute.memory=2.0", "l").value()).isEqualTo(new BigDecimal("2.0"));
        assertThat(Gfd229.attribute("a.b=true", "l").value()).isEqualTo(true);
        assertThat(Gfd229.attribute("occi.core.title=\"say \\\"hi\\\", twice\"", "l").value()).isEqualTo("say \"hi\", twice");
        assertThatThrownBy(() -> Gfd229.attribute("a.b=-1", "X-OCCI-Attribute: a.b=-1")).hasMessageContaining("no sign")
                .hasMessageContaining("X-OCCI-Attribute: a.b=-1");
        assertThatThrownBy(() -> Gfd229.attribute("a.b=1e3", "l")).hasMessageContaining("no exponent");
        assertThatThrownBy(() -> Gfd229.attribute("a.b=inactive", "l")).hasMessageContaining("not a quoted string");
        assertThatThrownBy(() -> Gfd229.attribute("a.b=\"open", "l")).hasMessageContaining("not closed");
        assertThatThrownBy(() -> Gfd229.attribute("a.b=\"x\" y", "l")).hasMessageContaining("text after");
    }

    @Test
    void linksAndActionLinks() {
        Gfd229.Link link = Gfd229.link("</network/1>; rel=\"http://schemas.ogf.org/occi/infrastructure#network\"; self=\"/link/1\"; "
                + "category=\"http://schemas.ogf.org/occi/infrastructure#networkinterface\"; occi.networkinterface.interface=\"eth0\"; "
                + "occi.networkinterface.mac=aa", "l");
        assertThat(link.isAction()).isFalse();
        assertThat(link.self()).isEqualTo("/link/1");
        assertThat(link.attributes()).containsEntry("occi.networkinterface.interface", "eth0").containsEntry("occi.networkinterface.mac", "aa");

        Gfd229.Link action = Gfd229.link("</compute/1?action=start>; rel=\"http://schemas.ogf.org/occi/infrastructure/compute/action#start\"", "l");
        assertThat(action.isAction()).isTrue();

        assertThatThrownBy(() -> Gfd229.link("</compute/1?action=start>; rel=\"http://a/b#start\"; title=\"x\"", "l"))
                .hasMessageContaining("only <action-uri> and rel");
        assertThatThrownBy(() -> Gfd229.link("</compute/1?action=stop>; rel=\"http://a/b#start\"", "l")).hasMessageContaining("not the term");
        assertThatThrownBy(() -> Gfd229.link("</n/1>; rel=\"http://a/b#n\"; occi.core.title=\"x\"", "l")).hasMessageContaining("only rel, self, then category");
        assertThatThrownBy(() -> Gfd229.link("/n/1; rel=\"http://a/b#n\"", "l")).hasMessageContaining("starts with '<'");
    }

    @Test
    void aWholeBodyIsCategoriesThenLinksThenAttributesAndCommaListsSplitOutsideQuotes() {
        TextRendering rendering = TextRendering.plain("Category: " + COMPUTE + "\r\n"
                + "Link: </compute/1?action=start>; rel=\"http://schemas.ogf.org/occi/infrastructure/compute/action#start\"\r\n"
                + "X-OCCI-Attribute: occi.core.title=\"a, b\", occi.compute.cores=2\r\n").assertEntityOrder("entity");

        assertThat(rendering.attributes()).extracting(Gfd229.Attribute::name).containsExactly("occi.core.title", "occi.compute.cores");
        assertThat(rendering.attribute("occi.core.title")).isEqualTo("a, b");
        assertThatThrownBy(() -> TextRendering.plain("X-OCCI-Attribute: a.b=1\nCategory: " + COMPUTE + "\n").assertEntityOrder("entity"))
                .hasMessageContaining("found Category after X-OCCI-Attribute");
        assertThatThrownBy(() -> TextRendering.plain("Category: " + COMPUTE + "\n\rX-OCCI-Attribute: a.b=1\n")).hasMessageContaining("stray CR");
        assertThatThrownBy(() -> TextRendering.plain("X-OCCI-Foo: 1\n")).hasMessageContaining("not a field of the OCCI text rendering");
        assertThat(TextRendering.uriList("http://h/compute/1\r\n# comment\r\nhttp://h/compute/2\r\n")).hasSize(2);
        assertThatThrownBy(() -> TextRendering.uriList("/compute/1\n")).hasMessageContaining("not an absolute URI");
        assertThat(Gfd229.elements("<a,b>; rel=\"x\", <c>; rel=\"y\"", "l")).isEqualTo(List.of("<a,b>; rel=\"x\"", "<c>; rel=\"y\""));
    }
}
