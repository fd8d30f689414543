package occi.platform.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LoopbackTest {

    @Test
    void loopbackAddressesAndLocalhostAreLoopback() {
        assertThat(Loopback.host("127.0.0.1")).isTrue();
        assertThat(Loopback.host("127.8.9.10")).isTrue();
        assertThat(Loopback.host("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(Loopback.host("[::1]")).isTrue();
        assertThat(Loopback.host("localhost")).isTrue();
    }

    @Test
    void everythingElseIsNotAndNamesAreNotResolved() {
        assertThat(Loopback.host("0.0.0.0")).isFalse();
        assertThat(Loopback.host("192.0.2.1")).isFalse();
        assertThat(Loopback.host("loopback.example")).isFalse();
        assertThat(Loopback.host(null)).isFalse();
    }

    @Test
    void aRuntimeIsExposedWhenAnyEndpointIsOrNoneIsKnown() {
        assertThat(Loopback.exposed(new String[] {"http://127.0.0.1:8080/"})).isFalse();
        assertThat(Loopback.exposed(List.of("http://127.0.0.1:8080/", "http://0.0.0.0:8443/"))).isTrue();
        assertThat(Loopback.exposed(null)).isTrue();
    }
}
