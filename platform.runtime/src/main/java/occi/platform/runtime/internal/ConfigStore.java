package occi.platform.runtime.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Dictionary;
import java.util.Enumeration;
import org.apache.felix.cm.PersistenceManager;
import org.apache.felix.cm.file.FilePersistenceManager;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Where Config Admin keeps configurations across restarts: {@code data/config} under the
 * directory the container was started from (or {@value #DIR_PROPERTY}, resolved the same way).
 *
 * <p>Felix Config Admin resolves a relative {@value #DIR_PROPERTY} inside its own bundle data
 * area, that is inside the framework storage, which the launcher cleans at every start: what
 * was set in the web console was lost at restart. Neither the bnd launcher nor the framework
 * nor Config Admin expands {@code ${user.dir}} in a run property, and the exported jar's run
 * properties are fixed when it is built, so the folder is made absolute here, at run time,
 * like every other platform folder. Config Admin's documented extension point does the rest:
 * with the framework property {@code felix.cm.pm} = {@value #NAME} it waits for the
 * persistence manager service of that name and starts only on it, so no configuration is ever
 * read from or written to the framework storage. Keeping the storage clean-on-start stays
 * right for the bundle cache (a new jar brings its new bundles); configurations are user data
 * and live outside it.
 */
@Component(service = PersistenceManager.class, property = "name=" + ConfigStore.NAME)
public class ConfigStore implements PersistenceManager {

    /** The persistence manager's name; the run property {@code felix.cm.pm} names it. */
    static final String NAME = "occi.platform";
    /** Config Admin's own property for its folder, kept so that {@code -Dfelix.cm.dir=...} still works. */
    static final String DIR_PROPERTY = "felix.cm.dir";

    private final FilePersistenceManager files;

    /**
     * Also creates the platform folders: this is the first platform component to run (start
     * level 1), before FileInstall (level 2) starts watching {@code deploy/}, which it does only
     * if the folder exists.
     */
    @Activate
    public ConfigStore(BundleContext context) throws java.io.IOException {
        PlatformFolders folders = PlatformFolders.of(context);
        for (Path folder : List.of(folders.deploy(), folders.conf())) {
            Files.createDirectories(folder);
        }
        // the framework made it already (its storage is data/framework), with the umask's modes
        OwnerOnlyFolder.restrict(folders.data());
        Path configurations = folder(context);
        if (!configurations.startsWith(folders.data())) {
            OwnerOnlyFolder.restrict(configurations);
        }
        this.files = new FilePersistenceManager(configurations.toString());
    }

    /** {@value #DIR_PROPERTY} against the working directory; unset: {@code config} in the data folder. */
    static Path folder(BundleContext context) {
        String configured = context.getProperty(DIR_PROPERTY);
        Path folder = configured == null || configured.isBlank()
                ? PlatformFolders.of(context).data().resolve("config")
                : Path.of(configured);
        return folder.toAbsolutePath().normalize();
    }

    Path location() {
        return files.getLocation().toPath();
    }

    @Override
    public boolean exists(String pid) {
        return files.exists(pid);
    }

    @Override
    public Dictionary load(String pid) throws java.io.IOException {
        return files.load(pid);
    }

    @Override
    public Enumeration getDictionaries() throws java.io.IOException {
        return files.getDictionaries();
    }

    @Override
    public void store(String pid, Dictionary properties) throws java.io.IOException {
        files.store(pid, properties);
    }

    @Override
    public void delete(String pid) throws java.io.IOException {
        files.delete(pid);
    }
}
