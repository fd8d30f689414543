package occi.server.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NegotiationTest {

    private static final List<String> OFFERED = List.of("text/plain", "text/occi", "text/uri-list", "application/occi+json");

    private static String choose(String... accept) {
        return Negotiation.choose(List.of(accept), OFFERED).orElse(null);
    }

    @Test
    void noAcceptMeansTextPlain() {
        assertThat(Negotiation.choose(List.of(), OFFERED)).contains("text/plain");
        assertThat(Negotiation.choose(List.of(), List.of("text/occi"))).contains("text/occi");
    }

    @Test
    void theHighestQualityWins() {
        assertThat(choose("text/plain;q=0.2, application/occi+json")).isEqualTo("application/occi+json");
        assertThat(choose("text/plain; q=0.9, text/occi; q=0.95")).isEqualTo("text/occi");
    }

    @Test
    void wildcardsMatchAndTheServersOrderBreaksTies() {
        assertThat(choose("*/*")).isEqualTo("text/plain");
        assertThat(choose("application/*")).isEqualTo("application/occi+json");
        assertThat(choose("text/*;q=0.5, text/uri-list")).isEqualTo("text/uri-list");
    }

    @Test
    void theMostSpecificRangeDecidesATypesQuality() {
        assertThat(choose("text/*, text/plain;q=0", "text/occi;q=0.1")).isEqualTo("text/uri-list");
        assertThat(choose("*/*;q=0.1, text/plain;q=0")).isEqualTo("text/occi");
    }

    @Test
    void nothingAcceptableIsEmptyAndGarbageIsIgnored() {
        assertThat(choose("application/xml")).isNull();
        assertThat(choose("text/plain;q=0")).isNull();
        assertThat(choose("garbage, ;;, text/occi")).isEqualTo("text/occi");
        assertThat(choose("TEXT/OCCI")).isEqualTo("text/occi");
    }

    @Test
    void contentTypesLoseTheirParameters() {
        assertThat(Negotiation.mediaTypeOf("Text/Plain; charset=utf-8")).isEqualTo("text/plain");
        assertThat(Negotiation.mediaTypeOf(" ")).isNull();
    }
}
