package occi.server.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A rendering's occi.rendering.produces / consumes, in every form a service property takes. */
class RenderingPropertiesTest {

    @Test
    void aStringAnArrayAndACollectionAreRead() {
        assertThat(OcciServer.strings("text/plain")).containsExactly("text/plain");
        assertThat(OcciServer.strings(new String[] {"text/plain", "text/occi"})).containsExactly("text/plain", "text/occi");
        assertThat(OcciServer.strings(List.of("application/occi+json"))).containsExactly("application/occi+json");
    }

    @Test
    void absentAndBlankNameNoMediaType() {
        assertThat(OcciServer.strings(null)).isEmpty();
        assertThat(OcciServer.strings("")).isEmpty();
        assertThat(OcciServer.strings(new String[] {" ", "text/csv"})).containsExactly("text/csv");
    }
}
