package occi.platform.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;

class ConfigStoreTest {

    @TempDir
    Path folder;

    @Test
    void aRelativeFolderIsResolvedAgainstTheStartFolderNotInsideTheFrameworkStorage() {
        Path resolved = ConfigStore.folder(context(Map.of("felix.cm.dir", "data/config")));

        assertThat(resolved).isAbsolute().isEqualTo(Path.of("data/config").toAbsolutePath().normalize());
    }

    @Test
    void withoutAFolderTheConfigurationsGoUnderTheDataFolder() {
        Path resolved = ConfigStore.folder(context(Map.of("occi.platform.data.dir", folder.toString())));

        assertThat(resolved).isEqualTo(folder.resolve("config"));
    }

    @Test
    void whatIsStoredIsReadBackByANewStoreOnTheSameFolder() throws Exception {
        BundleContext context = context(Map.of("felix.cm.dir", folder.resolve("config").toString(),
                "occi.platform.data.dir", folder.toString(), "felix.fileinstall.dir", folder.resolve("deploy").toString(),
                "occi.platform.conf.dir", folder.resolve("conf").toString()));
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("service.pid", "confine.occi.local");
        properties.put("freshness.ms", 1234L);

        new ConfigStore(context).store("confine.occi.local", properties);
        ConfigStore afterRestart = new ConfigStore(context);

        assertThat(afterRestart.location()).isEqualTo(folder.resolve("config"));
        assertThat(afterRestart.exists("confine.occi.local")).isTrue();
        assertThat(afterRestart.load("confine.occi.local").get("freshness.ms")).isEqualTo(1234L);
    }

    @Test
    void theDataFolderAndTheStoredConfigurationsAreForTheOwnerOnly() throws Exception {
        java.nio.file.Files.createDirectories(folder.resolve("data/framework"));
        java.nio.file.Files.createDirectories(folder.resolve("conf"));
        for (String made : new String[] {"data", "conf"}) {
            java.nio.file.Files.setPosixFilePermissions(folder.resolve(made), java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        BundleContext context = context(Map.of("occi.platform.data.dir", folder.resolve("data").toString(),
                "felix.fileinstall.dir", folder.resolve("deploy").toString(), "occi.platform.conf.dir", folder.resolve("conf").toString(),
                "felix.cm.dir", folder.resolve("elsewhere/config").toString()));

        new ConfigStore(context);

        assertThat(java.nio.file.Files.getPosixFilePermissions(folder.resolve("data")))
                .as("made by the framework before, with the umask's modes").isEqualTo(OwnerOnlyFolder.OWNER_ONLY);
        assertThat(java.nio.file.Files.getPosixFilePermissions(folder.resolve("elsewhere/config")))
                .as("configurations kept outside the data folder").isEqualTo(OwnerOnlyFolder.OWNER_ONLY);
        assertThat(java.nio.file.Files.getPosixFilePermissions(folder.resolve("conf")))
                .as("the operator's own folder keeps its modes").contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ);
        assertThat(OwnerOnlyFolder.restrict(folder.resolve("data"))).as("already restricted: nothing to change").isFalse();
    }

    /** A bundle context that answers framework properties only: all the store asks of it. */
    private static BundleContext context(Map<String, String> properties) {
        return (BundleContext) Proxy.newProxyInstance(ConfigStoreTest.class.getClassLoader(), new Class<?>[] {BundleContext.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getProperty")) {
                        return properties.get((String) args[0]);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
