package occi.rendering.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class TextPlainRenderingTest {

    private final TextPlainRendering rendering = new TextPlainRendering(TextLimits.DEFAULTS, message -> {});

    @Test
    void aResourceReadsBackAsTheSameRepresentation() throws IOException {
        RecordingResponse response = new RecordingResponse();
        rendering.renderEntity(Fixtures.compute(), TestContext.relative(), response);

        assertThat(rendering.parseEntity(response.asRequest())).isEqualTo(Fixtures.representation(Fixtures.compute()));
    }

    @Test
    void aResourceIsRenderedAsCategoriesLinksAndAttributesInTheBody() throws IOException {
        RecordingResponse response = new RecordingResponse();
        rendering.renderEntity(Fixtures.compute(), TestContext.relative(), response);

        assertThat(response.headers()).isEmpty();
        assertThat(response.bodyText()).isEqualTo("""
                Category: compute; scheme="http://schemas.ogf.org/occi/infrastructure#"; class="kind"; title="Compute Resource"; rel="http://schemas.ogf.org/occi/core#resource"; location="/compute/"\r
                Category: ubuntu; scheme="http://example.com/templates/os#"; class="mixin"; title="Ubuntu 24.04"; rel="http://schemas.ogf.org/occi/infrastructure#os_tpl http://schemas.ogf.org/occi/infrastructure#compute"; location="/templates/os/ubuntu/"; depends="http://schemas.ogf.org/occi/infrastructure#os_tpl"; applies="http://schemas.ogf.org/occi/infrastructure#compute"\r
                Link: <http://example.com:8080/network/n1>; rel="http://schemas.ogf.org/occi/infrastructure#network"; self="http://example.com:8080/networkinterface/91ab0000-0000-4000-8000-000000000002"; category="http://schemas.ogf.org/occi/infrastructure#networkinterface http://schemas.ogf.org/occi/infrastructure/networkinterface#ipnetworkinterface"; occi.core.id="91ab0000-0000-4000-8000-000000000002"; occi.core.source="/compute/6f1c2d3e-0000-4000-8000-000000000001"; occi.core.target="/network/n1"; occi.networkinterface.interface="eth0"; occi.networkinterface.address="10.0.0.2"\r
                Link: <http://example.com:8080/compute/6f1c2d3e-0000-4000-8000-000000000001?action=start>; rel="http://schemas.ogf.org/occi/infrastructure/compute/action#start"\r
                Link: <http://example.com:8080/compute/6f1c2d3e-0000-4000-8000-000000000001?action=stop>; rel="http://schemas.ogf.org/occi/infrastructure/compute/action#stop"\r
                X-OCCI-Attribute: occi.core.id="6f1c2d3e-0000-4000-8000-000000000001"\r
                X-OCCI-Attribute: occi.core.title="My VM"\r
                X-OCCI-Attribute: occi.core.summary="a test machine"\r
                X-OCCI-Attribute: occi.compute.cores=2\r
                X-OCCI-Attribute: occi.compute.memory=4.5\r
                X-OCCI-Attribute: occi.compute.hostname="vm \\"one\\", \\\\ the first; é ✓ 😀"\r
                X-OCCI-Attribute: occi.compute.state="active"\r
                X-OCCI-Attribute: example.big=123456789012345678901234567890\r
                X-OCCI-Attribute: example.negative=-7\r
                X-OCCI-Attribute: example.enabled=true\r
                """);
    }
}
