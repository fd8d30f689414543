package confine.orm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import confine.orm.internal.LinkHeader.Link;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkHeaderTest {

    private static final URI BASE = URI.create("http://127.0.0.1:8080/confine/api/");

    @Test
    void parsesTheFixtureBaseLinks() throws IOException {
        String header = new String(Fixtures.bytes("base-links.txt"), java.nio.charset.StandardCharsets.UTF_8).trim();
        List<Link> links = LinkHeader.parse(header, BASE);
        assertThat(links).hasSize(10);
        assertThat(links.get(2)).isEqualTo(new Link(URI.create("http://127.0.0.1:8080/confine/api/nodes/"),
                "http://confine-project.eu/rel/server/node-list"));
        assertThat(links).extracting(Link::rel).contains("http://confine-project.eu/rel/controller/do-get-auth-token");
    }

    @Test
    void resolvesRelativeTargetsAndSplitsRelationTypes() {
        List<Link> links = LinkHeader.parse("</api/nodes/?page=2>; rel=\"next last\"; title=\"a, b; c\", <../x/>;rel=prev",
                URI.create("http://h/api/nodes/?page=1"));
        assertThat(links).containsExactly(
                new Link(URI.create("http://h/api/nodes/?page=2"), "next"),
                new Link(URI.create("http://h/api/nodes/?page=2"), "last"),
                new Link(URI.create("http://h/api/x/"), "prev"));
    }

    @Test
    void severalHeaderValuesAndCommasInsideTargets() {
        List<Link> links = LinkHeader.parse(List.of("<http://h/a,b/>; rel=\"one\"", "<http://h/c/>; rel=two"), null);
        assertThat(links).extracting(Link::rel).containsExactly("one", "two");
        assertThat(links.get(0).target()).hasToString("http://h/a,b/");
    }

    @Test
    void emptyHeaderGivesNoLinks() {
        assertThat(LinkHeader.parse("", BASE)).isEmpty();
        assertThat(LinkHeader.parse(List.of(), BASE)).isEmpty();
    }
}
