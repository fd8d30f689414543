package occi.example.rendering.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import occi.api.Category;
import occi.api.CategoryId;
import occi.api.Core;
import occi.api.Kind;
import occi.api.OcciException;
import occi.api.Resource;
import occi.api.rendering.CollectionInfo;
import occi.api.rendering.EntityView;
import occi.api.rendering.OcciResponse;
import occi.api.rendering.RenderContext;
import org.junit.jupiter.api.Test;

class CsvRenderingTest {

    static final Kind COMPUTE = new Kind(CategoryId.parse("http://schemas.ogf.org/occi/infrastructure#compute"), "Compute",
            Core.RESOURCE.id(), Map.of(), List.of(), "/compute/");

    final CsvRendering rendering = new CsvRendering();

    static final class Body implements OcciResponse {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public void addHeader(String name, String value) {
            throw new AssertionError("CSV needs no headers");
        }

        @Override
        public OutputStream body() {
            return bytes;
        }

        String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }

    static final RenderContext CONTEXT = new RenderContext() {
        @Override
        public URI base() {
            return URI.create("http://127.0.0.1:8080/");
        }

        @Override
        public String categoryLocation(String location) {
            return location;
        }

        @Override
        public Optional<Category> category(CategoryId id) {
            return Optional.empty();
        }

        @Override
        public String mediaType() {
            return CsvRendering.TEXT_CSV;
        }
    };

    @Test
    void theQueryInterfaceIsOneCategoryPerRow() throws Exception {
        Body body = new Body();
        rendering.renderCategories(List.of(Core.ENTITY, Core.RESOURCE, COMPUTE), CONTEXT, body);
        assertThat(body.text().split("\r\n")).containsExactly(
                "class,type,term,scheme,title,location,parent,attributes",
                "kind,http://schemas.ogf.org/occi/core#entity,entity,http://schemas.ogf.org/occi/core#,Entity,/entity/,,occi.core.id occi.core.title",
                "kind,http://schemas.ogf.org/occi/core#resource,resource,http://schemas.ogf.org/occi/core#,Resource,/resource/,http://schemas.ogf.org/occi/core#entity,occi.core.summary",
                "kind,http://schemas.ogf.org/occi/infrastructure#compute,compute,http://schemas.ogf.org/occi/infrastructure#,Compute,/compute/,http://schemas.ogf.org/occi/core#resource,");
    }

    @Test
    void aCollectionIsOneEntityPerRowWithValuesQuotedAndFormulasDefused() throws Exception {
        Resource vm = new Resource("1", "/compute/1", COMPUTE.id(), List.of(),
                Map.of("occi.compute.hostname", "say \"hi\", twice"), "=HYPERLINK(\"x\")", null, 1);
        Body body = new Body();
        rendering.renderCollection(List.of(new EntityView(vm, COMPUTE, List.of(), List.of(), List.of())).iterator(),
                new CollectionInfo("/compute/", COMPUTE, 1, 10, 1), CONTEXT, body);
        assertThat(body.text()).isEqualTo("location,kind,mixins,title,attributes\r\n"
                + "/compute/1,http://schemas.ogf.org/occi/infrastructure#compute,,\"'=HYPERLINK(\"\"x\"\")\","
                + "\"occi.compute.hostname=say \"\"hi\"\", twice\"\r\n");
        assertThat(Csv.field("=1+1")).isEqualTo("'=1+1");
    }

    @Test
    void itReadsNoRequestBodies() {
        assertThatThrownBy(() -> rendering.parseEntity(null)).isInstanceOf(OcciException.class)
                .extracting(e -> ((OcciException) e).status()).isEqualTo(415);
    }
}
