package occi.platform.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StartupReportTest {

    @Test
    void takesTheFirstEndpointTheRuntimeReports() {
        assertThat(StartupReport.endpoint(Map.of("osgi.jaxrs.endpoint", new String[] {"http://127.0.0.1:9090/", "http://[::1]:9090/"})))
                .isEqualTo("http://127.0.0.1:9090/");
        assertThat(StartupReport.endpoint(Map.of("osgi.jaxrs.endpoint", List.of("http://127.0.0.1:9091/"))))
                .isEqualTo("http://127.0.0.1:9091/");
        assertThat(StartupReport.endpoint(Map.of("osgi.jaxrs.endpoint", "http://127.0.0.1:9092/")))
                .isEqualTo("http://127.0.0.1:9092/");
    }

    @Test
    void saysSoWhenTheRuntimeReportsNoEndpoint() {
        assertThat(StartupReport.endpoint(Map.of())).contains("no endpoint");
    }

    @Test
    void theLogGetsTheReportAsOneLine() {
        assertThat(StartupReport.oneLine(List.of("OCCI platform 1.0.0 is up", "  OCCI base      http://127.0.0.1:8080/",
                "  Deploy folder  /srv/occi/deploy")))
                .isEqualTo("OCCI platform 1.0.0 is up: OCCI base: http://127.0.0.1:8080/; Deploy folder: /srv/occi/deploy");
    }
}
