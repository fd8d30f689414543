package occi.platform.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.UUID;
import occi.platform.testing.ConfigurationEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
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

        Dictionary<String, Object> properties = ConfigurationEvents.awaitUpdate(context, configAdmin, pid, () -> writeCfg(conf, pid, "greeting=hello"));

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

            Dictionary<String, Object> properties = ConfigurationEvents.awaitUpdate(context, configAdmin, pid, () -> writeCfg(elsewhere, pid, "where=elsewhere"));

            assertThat(properties.get("where")).isEqualTo("elsewhere");
        } finally {
            folders.delete();
        }
    }


    private static void writeCfg(Path folder, String pid, String line) throws Exception {
        Path temporary = Files.writeString(folder.resolve(pid + ".tmp-" + UUID.randomUUID()), line + "\n");
        Files.move(temporary, folder.resolve(pid + ".cfg"));
    }

}
