package occi.platform.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConsolePasswordGuardTest {

    @Test
    void loopbackEndpointsAreNotExposed() {
        assertThat(ConsolePasswordGuard.exposed(new String[] {"http://127.0.0.1:8080/"})).isFalse();
        assertThat(ConsolePasswordGuard.exposed(List.of("http://localhost:8080/", "http://[::1]:8080/"))).isFalse();
        assertThat(ConsolePasswordGuard.exposed(null)).isFalse();
    }

    @Test
    void anyOtherAddressIsExposed() {
        assertThat(ConsolePasswordGuard.exposed(new String[] {"http://127.0.0.1:8080/", "http://192.0.2.10:8080/"})).isTrue();
        assertThat(ConsolePasswordGuard.exposed("http://0.0.0.0:8080/")).isTrue();
    }
}
