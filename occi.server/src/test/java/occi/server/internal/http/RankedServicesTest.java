package occi.server.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;

class RankedServicesTest {

    private final RankedServices<Object, String> services = new RankedServices<>();

    @Test
    void theHighestRankingComesFirstAndTheOlderServiceWinsATie() {
        services.put(reference(1, 0).proxy, "first");
        services.put(reference(2, 100).proxy, "ranked");
        services.put(reference(3, 0).proxy, "younger");
        assertThat(services.values()).containsExactly("ranked", "first", "younger");
        assertThat(services.first()).contains("ranked");
    }

    @Test
    void aServiceWhoseRankingChangesMovesAndLeavesNoStaleEntryBehind() {
        Reference memory = reference(1, Integer.MIN_VALUE + 1000);
        services.put(reference(2, 100).proxy, "jdbc");
        services.put(memory.proxy, "memory");

        memory.properties.put(Constants.SERVICE_RANKING, 1000);
        services.put(memory.proxy, "memory");
        assertThat(services.values()).containsExactly("memory", "jdbc");

        memory.properties.put(Constants.SERVICE_RANKING, Integer.MIN_VALUE + 1000);
        services.put(memory.proxy, "memory");
        assertThat(services.values()).containsExactly("jdbc", "memory");

        assertThat(services.remove(memory.proxy)).contains("memory");
        assertThat(services.values()).containsExactly("jdbc");
    }

    @Test
    void aRankingThatIsNotAnIntegerCountsAsZeroAsTheFrameworkCountsIt() {
        Reference fromCfgFile = reference(1, 0);
        fromCfgFile.properties.put(Constants.SERVICE_RANKING, "1000");
        services.put(reference(2, 1).proxy, "ranked one");
        services.put(fromCfgFile.proxy, "string ranking");
        assertThat(services.values()).containsExactly("ranked one", "string ranking");
    }

    /** A service reference over a mutable property map: what the framework shows after setProperties. */
    private static Reference reference(long id, int ranking) {
        Map<String, Object> properties = new HashMap<>(Map.of(Constants.SERVICE_ID, id, Constants.SERVICE_RANKING, ranking));
        return new Reference(properties);
    }

    private static final class Reference {
        final Map<String, Object> properties;
        final ServiceReference<Object> proxy;

        @SuppressWarnings("unchecked")
        Reference(Map<String, Object> properties) {
            this.properties = properties;
            this.proxy = (ServiceReference<Object>) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {ServiceReference.class}, (self, method, args) -> switch (method.getName()) {
                        case "getProperty" -> properties.get((String) args[0]);
                        case "equals" -> self == args[0];
                        case "hashCode" -> System.identityHashCode(self);
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }
}
