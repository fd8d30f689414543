package occi.platform.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResponseHeadersFilterTest {

    @Test
    void everyAnswerIsNeitherSniffedNorFramedByAnotherSite() {
        assertThat(ResponseHeadersFilter.headers(false)).containsEntry("X-Content-Type-Options", "nosniff")
                .containsEntry("X-Frame-Options", "SAMEORIGIN").doesNotContainKey("Cache-Control");
    }

    @Test
    void anAnswerToARequestWithCredentialsIsStoredByNoCache() {
        assertThat(ResponseHeadersFilter.headers(true)).containsEntry("Cache-Control", "private, no-store");
    }
}
