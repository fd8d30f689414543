package occi.admin.internal.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;
import occi.api.runtime.BackendDTO;
import occi.api.runtime.FailedServiceDTO;
import occi.api.runtime.RefusedCategoryDTO;
import occi.api.runtime.RegistryDTO;
import occi.api.runtime.RuntimeDTO;
import org.junit.jupiter.api.Test;

class RuntimeSectionTest {

    private static String write(Optional<RuntimeDTO> runtime) {
        StringWriter html = new StringWriter();
        try (PrintWriter out = new PrintWriter(html)) {
            new RuntimeSection(out, runtime).write();
        }
        return html.toString();
    }

    @Test
    void listsTheRegistryInUseAndEveryRefusedServiceWithItsReasonEscaped() {
        RuntimeDTO runtime = new RuntimeDTO();
        runtime.changeCount = 7;
        runtime.baseUris = new String[] {"http://127.0.0.1:8080/"};
        runtime.registry = new RegistryDTO();
        runtime.registry.implementation = "x.JdbcRegistry";
        runtime.registry.bundleSymbolicName = "occi.registry.jdbc";
        runtime.registry.bundleVersion = "1.0.0";
        runtime.registry.persistent = true;
        runtime.registry.available = false;
        runtime.registry.reason = "its database file is held by another process";
        runtime.registries = new RegistryDTO[] {runtime.registry};
        runtime.backends = new BackendDTO[0];
        FailedServiceDTO clash = new FailedServiceDTO();
        clash.serviceType = FailedServiceDTO.RENDERING;
        clash.serviceId = 93;
        clash.bundleSymbolicName = "evil<b>";
        clash.bundleVersion = "1.0.0";
        clash.reason = FailedServiceDTO.CLASHING_MEDIA_TYPE;
        clash.state = FailedServiceDTO.REFUSED;
        clash.message = "text/uri-list by <occi.rendering>";
        clash.refusedCategories = new RefusedCategoryDTO[0];
        runtime.failedServices = new FailedServiceDTO[] {clash};
        runtime.departedLocations = new String[] {"/testbed/node/"};

        String html = write(Optional.of(runtime));

        assertThat(html).contains("id='occi-failed'", "CLASHING_MEDIA_TYPE", "text/uri-list by &lt;occi.rendering&gt;", "evil&lt;b&gt;")
                .doesNotContain("<occi.rendering>", "evil<b>")
                .contains("kept across restarts", "NOT available: its database file is held by another process")
                .contains("http://127.0.0.1:8080/", "REFUSED", "/testbed/node/");
    }

    @Test
    void saysSoWhenNoOcciServerRuns() {
        assertThat(write(Optional.empty())).contains("id='occi-runtime-missing'").doesNotContain("occi-failed");
    }
}
