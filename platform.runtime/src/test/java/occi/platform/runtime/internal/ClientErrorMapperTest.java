package occi.platform.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientErrorMapperTest {

    @Test
    void aMethodNoResourceHasIsNamedWithTheAllowedOnes() {
        assertThat(ClientErrorMapper.message(405, "Method Not Allowed", Set.of("POST", "GET", "DELETE"), "TRACE", null, null))
                .isEqualTo("'TRACE' is not served here; allowed: DELETE, GET, POST");
        assertThat(ClientErrorMapper.message(405, "Method Not Allowed", Set.of(), null, null, null))
                .isEqualTo("the request's method is not served here");
    }

    @Test
    void aContentTypeOrAcceptIsShownCutShortAndWithoutControlCharacters() {
        assertThat(ClientErrorMapper.message(415, "Unsupported Media Type", null, "POST", "text/plain, application/json", null))
                .isEqualTo("Content-Type 'text/plain, application/json' is not one this resource reads");
        assertThat(ClientErrorMapper.message(406, "Not Acceptable", null, "GET", null, "x/" + "a".repeat(500) + "\u0000"))
                .startsWith("none of the media types accepted (Accept: 'x/aaa").contains("...'").doesNotContain("\u0000")
                .hasSizeLessThan(300);
        assertThat(ClientErrorMapper.message(409, "Conflict", null, "GET", null, null)).isEqualTo("409 Conflict");
    }
}
