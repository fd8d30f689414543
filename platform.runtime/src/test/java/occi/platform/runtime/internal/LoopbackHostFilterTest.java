package occi.platform.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LoopbackHostFilterTest {

    @Test
    void loopbackNamesAreServedWithOrWithoutPort() {
        for (String host : List.of("127.0.0.1:8080", "127.0.0.1", "LOCALHOST:8080", "localhost.", "[::1]:8080", "[::1]",
                "127.1.2.3", "app.localhost:8080", "")) {
            assertThat(LoopbackHostFilter.refusal(List.of(host), Set.of())).as(host).isEmpty();
        }
        assertThat(LoopbackHostFilter.refusal(List.of(), Set.of())).isEmpty();
    }

    @Test
    void anotherSitesNameIsRefusedSayingWhyAndHowToAllowIt() {
        assertThat(LoopbackHostFilter.refusal(List.of("rebind.attacker.example:8080"), Set.of())).get().asString()
                .contains("'rebind.attacker.example:8080'", "DNS rebinding", "allowed.hosts", "occi.platform.hosts");
        for (String host : List.of("0.0.0.0:8080", "localhost.attacker.example", "192.168.1.2", "[fe80::1]:80", "evil\u0000")) {
            assertThat(LoopbackHostFilter.refusal(List.of(host), Set.of())).as(host).isPresent();
        }
        // a second Host header does not hide the first
        assertThat(LoopbackHostFilter.refusal(List.of("127.0.0.1", "evil.example"), Set.of())).isPresent();
    }

    @Test
    void configuredNamesAreServed() {
        assertThat(LoopbackHostFilter.refusal(List.of("occi.example.org:443"), Set.of("occi.example.org"))).isEmpty();
        assertThat(LoopbackHostFilter.refusal(List.of("OCCI.Example.org."), Set.of("occi.example.org"))).isEmpty();
    }
}
