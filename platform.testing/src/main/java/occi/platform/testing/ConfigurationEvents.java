package occi.platform.testing;

import java.time.Duration;
import java.util.Dictionary;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationEvent;
import org.osgi.service.cm.ConfigurationListener;

/**
 * Waits, with a deadline, for Config Admin to report a configuration update whose
 * properties satisfy a condition (Config Admin delivers updates asynchronously).
 */
public final class ConfigurationEvents {

    public static final Duration TIMEOUT = Duration.ofSeconds(30);

    private ConfigurationEvents() {}

    /** Something that changes configurations: writing a file, calling {@code update}. */
    @FunctionalInterface
    public interface Change {
        void run() throws Exception;
    }

    /**
     * Runs the change, then waits until an update of {@code pid} leaves properties that
     * satisfy {@code condition}; returns those properties.
     */
    public static Dictionary<String, Object> awaitUpdate(BundleContext context, ConfigurationAdmin configAdmin, String pid,
            Change change, Predicate<Dictionary<String, Object>> condition) throws Exception {
        CompletableFuture<Dictionary<String, Object>> updated = new CompletableFuture<>();
        ConfigurationListener listener = event -> {
            if (event.getType() == ConfigurationEvent.CM_UPDATED && pid.equals(event.getPid())) {
                try {
                    Dictionary<String, Object> properties = configAdmin.getConfiguration(pid, "?").getProperties();
                    if (properties != null && condition.test(properties)) {
                        updated.complete(properties);
                    }
                } catch (Exception e) {
                    updated.completeExceptionally(e);
                }
            }
        };
        ServiceRegistration<ConfigurationListener> registration = context.registerService(ConfigurationListener.class, listener, null);
        try {
            change.run();
            return updated.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            registration.unregister();
        }
    }

    /** Runs the change, then waits for any update of {@code pid}. */
    public static Dictionary<String, Object> awaitUpdate(BundleContext context, ConfigurationAdmin configAdmin, String pid,
            Change change) throws Exception {
        return awaitUpdate(context, configAdmin, pid, change, properties -> true);
    }
}
