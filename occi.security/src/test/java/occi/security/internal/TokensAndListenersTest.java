package occi.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokensAndListenersTest {

    @Test
    void tokensAreKeptAsDigests() {
        assertThat(TokenHash.hash("abc")).isEqualTo("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(TokenHash.isHash(TokenHash.hash("abc"))).isTrue();
    }

    @Test
    void onlyLoopbackEndpointsCountAsLoopback() {
        assertThat(Listeners.loopbackOnly(new String[] {"http://127.0.0.1:8080/", "http://[::1]:8080/"})).isTrue();
        assertThat(Listeners.loopbackOnly(List.of("http://localhost:8080/"))).isTrue();
        assertThat(Listeners.loopbackOnly(new String[] {"http://127.0.0.1:8080/", "http://192.0.2.7:8080/"})).isFalse();
        assertThat(Listeners.loopbackOnly("http://0.0.0.0:8080/")).isFalse();
        assertThat(Listeners.loopbackOnly(null)).as("where the server listens is not known: not loopback-only").isFalse();
        assertThat(Listeners.loopbackOnly(java.util.Set.of("http://192.0.2.7:8080/"))).isFalse();
        assertThat(Listeners.loopbackOnly(List.of(" ", "http://192.0.2.7:8080/"))).isFalse();
        assertThat(Listeners.loopbackOnly(new String[] {""})).as("blank entries name no listener: not known").isFalse();
    }

    @Test
    void onlyBasicAndBearerAreThisFiltersToJudge() {
        assertThat(AuthenticationFilter.understood("Basic YWxpY2U6eA==")).isTrue();
        assertThat(AuthenticationFilter.understood("bearer abc")).isTrue();
        assertThat(AuthenticationFilter.understood("Token 0123abcd")).isFalse();
        assertThat(AuthenticationFilter.understood("Basically")).isFalse();
    }
}
