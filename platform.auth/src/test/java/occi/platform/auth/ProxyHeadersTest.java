package occi.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ProxyHeadersTest {

    @Test
    void anyProxyHeaderMarksTheRequestAsForwarded() {
        assertThat(ProxyHeaders.forwarded(Map.<String, String>of()::get)).isFalse();
        assertThat(ProxyHeaders.forwarded(Map.of("X-Forwarded-For", "198.51.100.1")::get)).isTrue();
        assertThat(ProxyHeaders.forwarded(Map.of("Forwarded", "for=198.51.100.1")::get)).isTrue();
        assertThat(ProxyHeaders.forwarded(Map.of("X-Real-IP", "198.51.100.1")::get)).isTrue();
    }

    @Test
    void fromAProxyOnThisHostTheLastForwardedHopIsTheClient() {
        assertThat(ProxyHeaders.client("127.0.0.1", Map.of("X-Forwarded-For", "10.0.0.9, 198.51.100.1")::get)).isEqualTo("198.51.100.1");
        assertThat(ProxyHeaders.client("::1", Map.of("Forwarded", "for=10.0.0.9, for=\"[2001:db8::7]\";proto=https")::get))
                .isEqualTo("[2001:db8::7]");
        assertThat(ProxyHeaders.client("127.0.0.1", Map.of("X-Real-IP", " 198.51.100.3 ")::get)).isEqualTo("198.51.100.3");
        assertThat(ProxyHeaders.client("127.0.0.1", Map.<String, String>of()::get)).isEqualTo("127.0.0.1");
    }

    @Test
    void aRemotePeersHeadersAreNotBelieved() {
        assertThat(ProxyHeaders.client("192.0.2.4", Map.of("X-Forwarded-For", "198.51.100.1")::get)).isEqualTo("192.0.2.4");
        assertThat(ProxyHeaders.client(null, Map.of("X-Forwarded-For", "198.51.100.1")::get)).isEqualTo("unknown");
    }
}
