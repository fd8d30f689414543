package occi.server.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

/** A request is from this host over loopback only when both ends are loopback and no proxy header names another client. */
class LoopbackRequestTest {

    static HttpServletRequest request(String remote, String local, Map<String, String> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(LoopbackRequestTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRemoteAddr" -> remote;
                    case "getLocalAddr" -> local;
                    case "getHeader" -> headers.get((String) args[0]);
                    default -> null;
                });
    }

    @Test
    void bothEndsOnLoopbackWithoutProxyHeaders() {
        assertThat(LoopbackRequest.of(request("127.0.0.1", "127.0.0.1", Map.of()))).isTrue();
        assertThat(LoopbackRequest.of(request("0:0:0:0:0:0:0:1", "[::1]", Map.of()))).isTrue();
    }

    @Test
    void anyOtherEndOrAProxyHeaderIsNotLoopback() {
        assertThat(LoopbackRequest.of(request("192.0.2.4", "127.0.0.1", Map.of()))).isFalse();
        assertThat(LoopbackRequest.of(request("127.0.0.1", "192.0.2.1", Map.of()))).as("arrived on another listener").isFalse();
        assertThat(LoopbackRequest.of(request("127.0.0.1", "127.0.0.1", Map.of("X-Forwarded-For", "203.0.113.7")))).isFalse();
        assertThat(LoopbackRequest.of(request("127.0.0.1", "127.0.0.1", Map.of("Forwarded", "for=203.0.113.7")))).isFalse();
        assertThat(LoopbackRequest.of(request("localhost", "127.0.0.1", Map.of()))).as("names are not resolved").isFalse();
        assertThat(LoopbackRequest.of(request(null, "127.0.0.1", Map.of()))).isFalse();
    }

    @Test
    void plainIpv4AddressesAreReadWithoutInetAddressAndAgreeWithIt() {
        assertThat(LoopbackRequest.dottedQuadFirstOctet("127.0.0.1")).isEqualTo(127);
        assertThat(LoopbackRequest.dottedQuadFirstOctet("10.20.30.40")).isEqualTo(10);
        for (String other : new String[] {"127.0.0", "127.0.0.1.1", "127.0.0.256", "127..0.1", "1270.0.0.1", "::1", "127.0.0.1 ", ""}) {
            assertThat(LoopbackRequest.dottedQuadFirstOctet(other)).as(other).isEqualTo(-1);
        }
        for (String address : new String[] {"127.0.0.1", "127.255.0.9", "126.0.0.1", "128.0.0.1", "0.0.0.0", "192.0.2.4"}) {
            assertThat(LoopbackRequest.loopbackAddress(address)).as(address).isEqualTo(address.startsWith("127."));
        }
    }
}
