package occi.platform.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import occi.platform.runtime.internal.RequestSyntaxFilter.Refusal;
import org.junit.jupiter.api.Test;

class RequestSyntaxFilterTest {

    private static Optional<Refusal> check(String path, String query, List<String> lengths, String type) {
        return RequestSyntaxFilter.check(path, query, lengths, type);
    }

    @Test
    void wellFormedRequestsPass() {
        assertThat(check("/compute/a%20b", "q=%41&x=y", List.of("12"), "text/plain; charset=utf-8")).isEmpty();
        assertThat(check("/", null, List.of(), null)).isEmpty();
        assertThat(check("/x", "", List.of("0", "0"), "application/json")).isEmpty();
    }

    @Test
    void aBrokenPercentEscapeIsA400NamingIt() {
        assertThat(check("/compute/", "q=%zz", List.of(), null))
                .contains(new Refusal(400, "the request's query has a malformed percent-escape: '%zz'", false));
        assertThat(check("/compute/", "q=%4", List.of(), null)).get().extracting(Refusal::status).isEqualTo(400);
        assertThat(check("/compute/%", null, List.of(), null))
                .contains(new Refusal(400, "the request's path has a malformed percent-escape: '%'", false));
    }

    @Test
    void aContentLengthThatIsNoCountOfBytesIsA400ThatClosesTheConnection() {
        assertThat(check("/", null, List.of("-1"), null))
                .contains(new Refusal(400, "Content-Length must be a number of bytes, not '-1'", true));
        assertThat(check("/", null, List.of("1e3"), null)).get().extracting(Refusal::closeConnection).isEqualTo(true);
        assertThat(check("/", null, List.of("3", "4"), null))
                .contains(new Refusal(400, "the request has differing Content-Length headers", true));
    }

    @Test
    void anUnknownCharsetIsA415() {
        assertThat(check("/", null, List.of(), "text/plain; charset=x-bogus"))
                .contains(new Refusal(415, "the charset 'x-bogus' of the request's Content-Type is not supported", false));
        assertThat(check("/", null, List.of(), "text/plain;charset=\"%%%\"")).get().extracting(Refusal::status).isEqualTo(415);
        assertThat(check("/", null, List.of(), "text/plain; charset=")).get().extracting(Refusal::status).isEqualTo(415);
    }

    @Test
    void aPathOver2048CharactersIsA414() {
        assertThat(check("/" + "a".repeat(2047), null, List.of(), null)).isEmpty();
        assertThat(check("/" + "a".repeat(2048), null, List.of(), null))
                .contains(new Refusal(414, "the request's path is longer than 2048 characters", false));
    }
}
