package occi.platform.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SameOriginFilterTest {

    static final String FORM = "application/x-www-form-urlencoded";

    @Test
    void aFormPostFromAnotherOriginIsRefusedWithTheReason() {
        assertThat(SameOriginFilter.refusal("POST", FORM, "http://evil.example", null, "http", "127.0.0.1:8080"))
                .hasValueSatisfying(why -> assertThat(why).contains("http://evil.example").contains("http://127.0.0.1:8080"));
        assertThat(SameOriginFilter.refusal("POST", "multipart/form-data; boundary=x", null, "http://evil.example/page.html", "http", "127.0.0.1:8080"))
                .isPresent();
        assertThat(SameOriginFilter.refusal("POST", "text/plain;charset=UTF-8", "null", null, "http", "127.0.0.1:8080"))
                .as("a sandboxed page").isPresent();
        assertThat(SameOriginFilter.refusal("post", null, "http://127.0.0.1:8081", null, "http", "127.0.0.1:8080"))
                .as("another port is another origin").isPresent();
        assertThat(SameOriginFilter.refusal("POST", FORM, "https://127.0.0.1:8080", null, "http", "127.0.0.1:8080"))
                .as("another scheme is another origin").isPresent();
    }

    @Test
    void theServersOwnPagesAndNonBrowserClientsPass() {
        assertThat(SameOriginFilter.refusal("POST", FORM, "http://127.0.0.1:8080", null, "http", "127.0.0.1:8080")).isEmpty();
        assertThat(SameOriginFilter.refusal("POST", FORM, null, "http://127.0.0.1:8080/compute/", "http", "127.0.0.1:8080")).isEmpty();
        assertThat(SameOriginFilter.refusal("POST", FORM, "http://LOCALHOST", null, "http", "localhost:80"))
                .as("default port and case").isEmpty();
        assertThat(SameOriginFilter.refusal("POST", FORM, null, null, "http", "127.0.0.1:8080")).as("curl").isEmpty();
    }

    @Test
    void requestsABrowserMustPreflightAreLeftToCors() {
        assertThat(SameOriginFilter.refusal("POST", "application/json", "http://evil.example", null, "http", "127.0.0.1:8080")).isEmpty();
        assertThat(SameOriginFilter.refusal("POST", "text/occi", "http://evil.example", null, "http", "127.0.0.1:8080")).isEmpty();
        assertThat(SameOriginFilter.refusal("DELETE", null, "http://evil.example", null, "http", "127.0.0.1:8080")).isEmpty();
        assertThat(SameOriginFilter.refusal("GET", null, "http://evil.example", null, "http", "127.0.0.1:8080")).isEmpty();
    }
}
