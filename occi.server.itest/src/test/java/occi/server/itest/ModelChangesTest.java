package occi.server.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import occi.api.Category;
import occi.api.CategoryId;
import occi.api.Mixin;
import occi.api.backend.MixinBackend;
import occi.api.backend.ModelChanges;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.service.ServiceAware;

/** A backend whose categories change while it runs (templates found in a resource manager) tells the server, and /-/ follows. */
class ModelChangesTest {

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 30_000)
    ServiceAware<JaxrsServiceRuntime> runtime;

    @InjectService(timeout = 30_000)
    ModelChanges modelChanges;

    /** Templates discovered at run time. */
    static final class TemplateBackend implements MixinBackend {
        final AtomicReference<List<Category>> templates = new AtomicReference<>(List.of());

        @Override
        public Collection<? extends Category> categories() {
            return templates.get();
        }
    }

    @Test
    void newTemplatesAppearInTheQueryInterfaceOnceTheBackendSaysSo() throws Exception {
        try (ServerFixture server = new ServerFixture(context, runtime)) {
            TemplateBackend backend = new TemplateBackend();
            server.register(backend);
            assertThat(server.client.get("/-/").body()).doesNotContain("http://example.org/itest/templates#");

            backend.templates.set(List.of(Mixin.tag(CategoryId.parse("http://example.org/itest/templates#debian"), "Debian", "/debian/",
                    CategoryId.parse("http://schemas.ogf.org/occi/infrastructure#os_tpl"))));
            modelChanges.categoriesChanged(backend);

            assertThat(server.client.get("/-/").body()).contains("Category: debian; scheme=\"http://example.org/itest/templates#\"; class=\"mixin\"");
            assertThat(server.client.get("/debian/").statusCode()).isEqualTo(200);
        }
    }
}
