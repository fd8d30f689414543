package occi.platform.runtime.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Dictionary;
import java.util.Hashtable;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Makes FileInstall watch the {@code conf/} folder for configuration files, next to
 * the {@code deploy/} folder it watches by its own framework property. FileInstall
 * takes extra folders only as factory configurations, so this component owns one.
 */
@Component
public class ConfFolderWatcher {

    static final String FILEINSTALL_FACTORY_PID = "org.apache.felix.fileinstall";
    static final String WATCHER_NAME = "conf";

    @Activate
    public ConfFolderWatcher(BundleContext context, @Reference ConfigurationAdmin configAdmin) throws IOException {
        PlatformFolders folders = PlatformFolders.of(context);
        Files.createDirectories(folders.deploy());
        Files.createDirectories(folders.conf());
        Files.createDirectories(folders.data());

        Configuration watcher = configAdmin.getFactoryConfiguration(FILEINSTALL_FACTORY_PID, WATCHER_NAME, "?");
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("felix.fileinstall.dir", folders.conf().toString());
        // Configuration files only: a jar dropped into conf/ by mistake is not started.
        properties.put("felix.fileinstall.filter", ".*\\.(cfg|config)");
        properties.put("felix.fileinstall.noInitialDelay", "true");
        String poll = context.getProperty("felix.fileinstall.poll");
        properties.put("felix.fileinstall.poll", poll == null ? "1000" : poll);
        // An edit made in the web console is written back to the file it came from.
        properties.put("felix.fileinstall.enableConfigSave", "true");
        watcher.updateIfDifferent(properties);
    }
}
