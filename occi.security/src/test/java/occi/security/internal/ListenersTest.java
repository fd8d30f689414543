package occi.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ListenersTest {

    @Test
    void loopbackEndpointsAreLoopbackOnly() {
        assertThat(Listeners.loopbackOnly(new String[] {"http://127.0.0.1:8080/", "http://[::1]:8080/"})).isTrue();
        assertThat(Listeners.allLoopbackOnly(List.of("http://127.0.0.1:8080/", List.of("http://localhost:8081/")))).isTrue();
    }

    @Test
    void noKnownEndpointIsNotLoopbackOnly() {
        assertThat(Listeners.loopbackOnly(null)).as("a runtime without endpoints").isFalse();
        assertThat(Listeners.allLoopbackOnly(List.of())).as("no runtime known").isFalse();
    }

    @Test
    void oneExposedRuntimeAmongSeveralIsEnough() {
        assertThat(Listeners.allLoopbackOnly(List.of("http://127.0.0.1:8080/", "http://0.0.0.0:8081/"))).isFalse();
        assertThat(Listeners.loopbackOnly("http://192.0.2.1:8080/")).isFalse();
    }
}
