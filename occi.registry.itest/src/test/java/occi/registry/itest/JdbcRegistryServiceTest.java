package occi.registry.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import javax.sql.DataSource;
import occi.api.CategoryId;
import occi.api.Entity;
import occi.api.Resource;
import occi.api.backend.Change;
import occi.api.backend.Registry;
import occi.api.backend.RequestContext;
import occi.platform.testing.BundleEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.jdbc.DataSourceFactory;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.annotation.Property;
import org.osgi.test.common.annotation.config.WithConfiguration;
import org.osgi.test.common.service.ServiceAware;
import org.osgi.test.junit5.cm.ConfigurationExtension;

/** The JDBC registry as the container runs it: ranking, embedded default, Config Admin, metatype, a refused schema. */
@ExtendWith(ConfigurationExtension.class)
class JdbcRegistryServiceTest {

    static final String COMPONENT = "occi.registry.jdbc.internal.JdbcRegistryComponent";
    static final String PID = "occi.registry.jdbc";
    static final String JDBC_BUNDLE = "occi.registry.jdbc";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final RequestContext ANONYMOUS = RequestContext.anonymous(URI.create("http://127.0.0.1/"));
    private static final CategoryId VM = CategoryId.parse("http://example.org/itest#vm");

    @InjectBundleContext
    BundleContext context;

    @InjectService(filter = "(component.name=" + COMPONENT + ")", timeout = 30_000)
    ServiceAware<Registry> registry;

    @InjectService(timeout = 30_000)
    ServiceComponentRuntime scr;

    @Test
    void itRanksWellAboveTheInMemoryDefault() {
        ServiceReference<Registry> reference = defaultReference();
        assertThat(reference.getProperty(Constants.SERVICE_RANKING)).isEqualTo(100);
        assertThat(reference.getPropertyKeys()).doesNotContain(".password");
    }

    @Test
    void byDefaultItKeepsEntitiesInAnH2FileUnderTheDataFolder() {
        defaultReference();
        Entity stored = registry.getService().commit(List.of(Change.create(resource())), ANONYMOUS).get(0);

        Path file = Path.of(context.getProperty("occi.platform.data.dir"), "registry", "occi.mv.db");
        assertThat(file).isRegularFile();
        assertThat(registry.getService().get(stored.location(), ANONYMOUS)).contains(stored);
    }

    @Test
    void restartingTheBundleKeepsWhatWasStored() throws Exception {
        defaultReference();
        Entity stored = registry.getService().commit(List.of(Change.create(resource())), ANONYMOUS).get(0);
        Bundle bundle = BundleEvents.find(context, JDBC_BUNDLE).orElseThrow();

        bundle.stop();
        assertThat(registry.getService()).isNull();
        bundle.start();

        Registry restarted = registry.waitForService(TIMEOUT.toMillis());
        assertThat(restarted.get(stored.location(), ANONYMOUS)).contains(stored);
    }

    @Test
    @WithConfiguration(pid = PID, properties = {
            @Property(key = "url", value = "jdbc:h2:mem:reconfigured;DB_CLOSE_DELAY=-1"),
            @Property(key = "poolSize", value = "3", scalar = Property.Scalar.Integer)})
    void aConfigurationMovesItToAnotherDatabase() throws Exception {
        Registry reconfigured = awaitRegistry(r -> "jdbc:h2:mem:reconfigured;DB_CLOSE_DELAY=-1".equals(
                registry.getServiceReference().getProperty("url")));
        Entity stored = reconfigured.commit(List.of(Change.create(resource())), ANONYMOUS).get(0);

        assertThat(reconfigured.get(stored.location(), ANONYMOUS)).contains(stored);
        assertThat(registry.getServiceReference().getProperty("poolSize")).isEqualTo(3);
    }

    @Test
    void theMetatypeDescribesTheConfigurationWithAHiddenPassword() {
        Bundle bundle = BundleEvents.find(context, JDBC_BUNDLE).orElseThrow();
        MetaTypeService metatype = context.getService(context.getServiceReference(MetaTypeService.class));

        ObjectClassDefinition ocd = metatype.getMetaTypeInformation(bundle).getObjectClassDefinition(PID, null);

        AttributeDefinition[] attributes = ocd.getAttributeDefinitions(ObjectClassDefinition.ALL);
        assertThat(attributes).extracting(AttributeDefinition::getID)
                .contains("url", "user", ".password", "poolSize", "dataSourceFactory.target", "service.ranking", "readCacheSize");
        assertThat(Arrays.stream(attributes).filter(a -> a.getID().equals(".password")).findFirst())
                .hasValueSatisfying(a -> assertThat(a.getType()).isEqualTo(AttributeDefinition.PASSWORD));
    }

    @Test
    @WithConfiguration(pid = PID, properties = @Property(key = "url", value = "jdbc:h2:mem:from-the-future;DB_CLOSE_DELAY=-1"))
    void aDatabaseWithANewerSchemaIsRefusedWithTheReason(
            @InjectService(filter = "(osgi.jdbc.driver.class=org.h2.Driver)", timeout = 30_000) DataSourceFactory h2)
            throws Exception {
        // keep the in-memory database alive (DB_CLOSE_DELAY) with a schema from a newer bundle
        Properties properties = new Properties();
        properties.setProperty(DataSourceFactory.JDBC_URL, "jdbc:h2:mem:from-the-future;DB_CLOSE_DELAY=-1");
        DataSource future = h2.createDataSource(properties);
        try (Connection connection = future.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INT PRIMARY KEY, "
                    + "description VARCHAR(200) NOT NULL, installed_on TIMESTAMP NOT NULL)");
            statement.execute("MERGE INTO schema_version KEY (version) VALUES (999, 'future', CURRENT_TIMESTAMP)");
        }
        // the configuration may have been applied before the schema existed: apply it once more
        Bundle bundle = BundleEvents.find(context, JDBC_BUNDLE).orElseThrow();
        bundle.stop();
        bundle.start();

        String failure = await(() -> configuration(bundle)
                .filter(c -> c.state == ComponentConfigurationDTO.FAILED_ACTIVATION)
                .map(c -> c.failure), "the component to fail its activation");

        assertThat(failure).contains("schema version 999").contains("knows versions up to");
        assertThat(registry.getService()).isNull();
    }

    private Optional<ComponentConfigurationDTO> configuration(Bundle bundle) {
        ComponentDescriptionDTO description = scr.getComponentDescriptionDTO(bundle, COMPONENT);
        return description == null ? Optional.empty()
                : scr.getComponentConfigurationDTOs(description).stream().findFirst();
    }

    /**
     * The registry on its default H2 file. A test before this one may have configured another
     * database; Config Admin and DS put the default back on threads of their own, so the
     * service may be briefly absent (or still the other one) when the next test starts.
     */
    private ServiceReference<Registry> defaultReference() {
        return await(() -> Optional.ofNullable(registry.getServiceReference())
                .filter(r -> r.getProperty("url") == null || String.valueOf(r.getProperty("url")).isBlank()),
                "the registry on its default H2 file (no url configured)");
    }

    private Registry awaitRegistry(java.util.function.Predicate<Registry> condition) {
        return await(() -> Optional.ofNullable(registry.getService()).filter(condition), "the reconfigured registry");
    }

    /** Polls with a deadline: Config Admin and DS apply a configuration on threads of their own. */
    private static <T> T await(Supplier<Optional<T>> probe, String what) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
        throw new AssertionError("timed out waiting for " + what);
    }

    private static Resource resource() {
        String id = UUID.randomUUID().toString();
        return new Resource(id, "/itest/vm/" + id, VM, List.of(), Map.of("itest.n", 1L), "itest", null, 0);
    }
}
