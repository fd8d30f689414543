package occi.platform.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationEvent;
import org.osgi.service.cm.ConfigurationListener;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;

/** Configuration files in the conf folder become configurations; the folder itself is configurable. */
class ConfFolderTest {

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 30_000)
    ConfigurationAdmin configAdmin;

    @TempDir
    Path elsewhere;

    @Test
    void aCfgFileInTheConfFolderBecomesAConfiguration() throws Exception {
        Path conf = Path.of(context.getProperty("occi.platform.conf.dir"));
        String pid = "occi.test.conf." + UUID.randomUUID().toString().replace("-", "");

        Dictionary<String, Object> properties = awaitConfiguration(pid, () -> writeCfg(conf, pid, "greeting=hello"));

        assertThat(properties.get("greeting")).isEqualTo("hello");
    }

    @Test
    void theConfFolderCanBeMovedThroughConfigAdmin() throws Exception {
        Configuration folders = configAdmin.getConfiguration("occi.platform.folders", "?");
        try {
            Dictionary<String, Object> moved = new Hashtable<>();
            moved.put("conf.dir", elsewhere.toString());
            folders.update(moved);
            String pid = "occi.test.moved." + UUID.randomUUID().toString().replace("-", "");

            Dictionary<String, Object> properties = awaitConfiguration(pid, () -> writeCfg(elsewhere, pid, "where=elsewhere"));

            assertThat(properties.get("where")).isEqualTo("elsewhere");
        } finally {
            folders.delete();
        }
    }

    private Dictionary<String, Object> awaitConfiguration(String pid, Action write) throws Exception {
        CompletableFuture<Void> updated = new CompletableFuture<>();
        ConfigurationListener listener = event -> {
            if (event.getType() == ConfigurationEvent.CM_UPDATED && pid.equals(event.getPid())) {
                updated.complete(null);
            }
        };
        ServiceRegistration<ConfigurationListener> registration = context.registerService(ConfigurationListener.class, listener, null);
        try {
            write.run();
            updated.get(30, TimeUnit.SECONDS);
            return configAdmin.getConfiguration(pid, "?").getProperties();
        } finally {
            registration.unregister();
        }
    }

    private static void writeCfg(Path folder, String pid, String line) throws Exception {
        Path temporary = Files.writeString(folder.resolve(pid + ".tmp-" + UUID.randomUUID()), line + "\n");
        Files.move(temporary, folder.resolve(pid + ".cfg"));
    }

    @FunctionalInterface
    interface Action {
        void run() throws Exception;
    }
}
