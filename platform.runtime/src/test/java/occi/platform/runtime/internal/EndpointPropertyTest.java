package occi.platform.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every form the HTTP and JAX-RS specifications allow for an endpoint property. */
class EndpointPropertyTest {

    @Test
    void aStringIsOneEndpoint() {
        assertThat(EndpointProperty.values("http://127.0.0.1:8080/")).containsExactly("http://127.0.0.1:8080/");
    }

    @Test
    void anArrayOrACollectionKeepsItsOrder() {
        assertThat(EndpointProperty.values(new String[] {"http://127.0.0.1:1/", "http://[::1]:1/"}))
                .containsExactly("http://127.0.0.1:1/", "http://[::1]:1/");
        assertThat(EndpointProperty.values(List.of("http://127.0.0.1:2/", "http://[::1]:2/")))
                .containsExactly("http://127.0.0.1:2/", "http://[::1]:2/");
        assertThat(EndpointProperty.values(Set.of("http://127.0.0.1:3/"))).containsExactly("http://127.0.0.1:3/");
    }

    @Test
    void absentEmptyAndBlankNameNoEndpoint() {
        assertThat(EndpointProperty.values(null)).isEmpty();
        assertThat(EndpointProperty.values(new String[0])).isEmpty();
        assertThat(EndpointProperty.values(List.of())).isEmpty();
        assertThat(EndpointProperty.values("")).isEmpty();
        assertThat(EndpointProperty.values(" ")).isEmpty();
        assertThat(EndpointProperty.values(new String[] {" ", "http://127.0.0.1:4/", ""})).containsExactly("http://127.0.0.1:4/");
    }
}
