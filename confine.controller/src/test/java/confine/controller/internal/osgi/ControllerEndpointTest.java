package confine.controller.internal.osgi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntimeConstants;

/** The address the controller logs is the one the JAX-RS runtime reports, never a guess. */
class ControllerEndpointTest {

    @Test
    void theReportedEndpointGetsATrailingSlash() {
        assertThat(ControllerComponent.endpoint(Map.of(JaxrsServiceRuntimeConstants.JAX_RS_SERVICE_ENDPOINT,
                List.of("", "http://127.0.0.1:41234")))).isEqualTo("http://127.0.0.1:41234/");
        assertThat(ControllerComponent.endpoint(Map.of(JaxrsServiceRuntimeConstants.JAX_RS_SERVICE_ENDPOINT,
                new String[] {"http://[::1]:8443/"}))).isEqualTo("http://[::1]:8443/");
    }

    @Test
    void noReportedEndpointIsNotTakenForPort8080() {
        // while Felix HTTP restarts, the JAX-RS runtime may report no endpoint: the log said port 8080 then
        assertThat(ControllerComponent.endpoint(Map.of())).isNull();
        assertThat(ControllerComponent.endpoint(Map.of(JaxrsServiceRuntimeConstants.JAX_RS_SERVICE_ENDPOINT, List.of(" ")))).isNull();
    }
}
