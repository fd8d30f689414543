package occi.rendering.text;

import static occi.rendering.text.Refusals.badRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import occi.api.CategoryId;
import occi.api.rendering.LinkRepresentation;
import org.junit.jupiter.api.Test;

class LinkParserTest {

    private static final CategoryId NETWORK = CategoryId.parse("http://schemas.ogf.org/occi/infrastructure#network");
    private static final CategoryId NIC = CategoryId.parse("http://schemas.ogf.org/occi/infrastructure#networkinterface");
    private static final CategoryId IP_NIC = CategoryId.parse("http://schemas.ogf.org/occi/infrastructure/networkinterface#ipnetworkinterface");

    private static Optional<LinkRepresentation> parse(String value) {
        return LinkParser.parse(new Field(FieldName.LINK, value, "line 2"));
    }

    @Test
    void readsTargetRelSelfCategoriesAndTypedAttributes() {
        Optional<LinkRepresentation> link = parse("</network/n1>; rel=\"" + NETWORK + "\"; self=\"/link/l1\";"
                + " category=\"" + NIC + " " + IP_NIC + "\"; occi.networkinterface.interface=\"eth0\";"
                + " occi.networkinterface.mtu=1500; example.ratio=0.5; example.up=true; example.word=token");

        assertThat(link).contains(new LinkRepresentation("/network/n1", NETWORK, NIC, List.of(IP_NIC), Map.of(
                "occi.networkinterface.interface", "eth0", "occi.networkinterface.mtu", 1500L,
                "example.ratio", new BigDecimal("0.5"), "example.up", true, "example.word", "token"), "/link/l1"));
    }

    @Test
    void aLinkWithoutCategoryIsACoreLinkAndMayPointAnywhere() {
        assertThat(parse("<http://elsewhere.example.org/data?x=1>; rel=\"" + NETWORK + "\""))
                .contains(new LinkRepresentation("http://elsewhere.example.org/data?x=1", NETWORK, null, List.of(), Map.of(), null));
    }

    @Test
    void theFirstOfSeveralRelKindsIsTheTargetKind() {
        assertThat(parse("</network/n1>; rel=\"" + NETWORK + " http://schemas.ogf.org/occi/core#resource\""))
                .get().extracting(LinkRepresentation::targetKind).isEqualTo(NETWORK);
    }

    @Test
    void aLinkWithoutRelLeavesTheTargetKindToTheServer() {
        assertThat(parse("</network/n1>")).get().extracting(LinkRepresentation::targetKind).isNull();
    }

    @Test
    void actionLinksAreDroppedWhateverTheyCarry() {
        assertThat(parse("<http://example.com/compute/1?action=start>; rel=\"http://schemas.ogf.org/occi/infrastructure/compute/action#start\""))
                .isEmpty();
        assertThat(parse("</compute/1?x=y&action=stop>; rel=\"http://schemas.ogf.org/occi/infrastructure/compute/action#stop\"; title=\"Stop\""))
                .isEmpty();
    }

    @Test
    void refusesALinkWithoutAngledTarget() {
        badRequest("line 2: expected '<' to open the target URI of Link, found '/network/n1; rel=\"ht...'",
                () -> parse("/network/n1; rel=\"" + NETWORK + "\""));
    }

    @Test
    void refusesAnUnclosedTarget() {
        badRequest("line 2: missing '>' to close the target URI of Link", () -> parse("</network/n1; rel=\"x#y\""));
    }

    @Test
    void refusesAnEmptyTarget() {
        badRequest("line 2: empty the target URI of Link", () -> parse("<>; rel=\"x#y\""));
    }

    @Test
    void refusesATargetThatIsNoUri() {
        badRequest("line 2: the target of Link <a b> is not a URI: Illegal character in path at index 1: a b",
                () -> parse("<a b>; rel=\"x#y\""));
    }

    @Test
    void refusesACategoryThatIsNoTypeIdentifier() {
        badRequest("line 2: category of Link </l>: 'nic' is not a category type identifier (scheme#term)",
                () -> parse("</l>; rel=\"" + NETWORK + "\"; category=\"nic\""));
    }

    @Test
    void refusesARelThatIsNoTypeIdentifier() {
        badRequest("line 2: rel of Link </l>: 'network' is not a category type identifier (scheme#term)",
                () -> parse("</l>; rel=\"network\""));
    }

    @Test
    void refusesAParameterOrAttributeGivenTwice() {
        badRequest("line 2: parameter self given twice in Link </l>", () -> parse("</l>; self=\"/a\"; self=\"/b\""));
        badRequest("line 2: parameter rel given twice in Link </l>", () -> parse("</l>; rel=\"a#b\"; REL=\"a#b\""));
        badRequest("line 2: parameter category given twice in Link </l>", () -> parse("</l>; category=\"a#b\"; category=\"a#b\""));
        badRequest("line 2: attribute a given twice in Link </l>", () -> parse("</l>; a=1; a=2"));
    }

    @Test
    void refusesGarbageBetweenParameters() {
        badRequest("line 2: expected ';' between the parameters of Link </l>, found 'rel=\"a#b\"'", () -> parse("</l> rel=\"a#b\""));
    }
}
