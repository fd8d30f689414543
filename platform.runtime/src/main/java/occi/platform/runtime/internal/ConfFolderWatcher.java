package occi.platform.runtime.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Makes FileInstall watch the configuration folder ({@code conf/}) for configuration
 * files, next to the {@code deploy/} folder it watches by its own framework property.
 * FileInstall takes extra folders only as factory configurations, so this component
 * owns one and keeps it pointed at the configured folder. Also creates the folders.
 */
@Component(configurationPid = ConfFolderWatcher.PID)
@Designate(ocd = ConfFolderWatcher.Config.class)
public class ConfFolderWatcher {

    static final String PID = "occi.platform.folders";
    static final String FILEINSTALL_FACTORY_PID = "org.apache.felix.fileinstall";
    static final String WATCHER_NAME = "conf";

    @ObjectClassDefinition(name = "OCCI platform folders",
            description = "The folder watched for configuration files. Relative paths are resolved against "
                    + "the directory the platform was started from.")
    public @interface Config {
        @AttributeDefinition(name = "Configuration folder",
                description = "Folder whose *.cfg and *.config files become configurations. Empty: the "
                        + "framework property occi.platform.conf.dir, else 'conf'.")
        String conf_dir() default "";
    }

    private final BundleContext context;
    private final ConfigurationAdmin configAdmin;

    @Activate
    public ConfFolderWatcher(BundleContext context, @Reference ConfigurationAdmin configAdmin, Config config)
            throws IOException {
        this.context = context;
        this.configAdmin = configAdmin;
        PlatformFolders folders = PlatformFolders.of(context);
        Files.createDirectories(folders.deploy());
        Files.createDirectories(folders.data());
        watch(config);
    }

    @Modified
    void modified(Config config) throws IOException {
        watch(config);
    }

    private void watch(Config config) throws IOException {
        Path conf = config.conf_dir().isBlank()
                ? PlatformFolders.of(context).conf()
                : Path.of(config.conf_dir()).toAbsolutePath().normalize();
        Files.createDirectories(conf);

        Configuration watcher = configAdmin.getFactoryConfiguration(FILEINSTALL_FACTORY_PID, WATCHER_NAME, "?");
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("felix.fileinstall.dir", conf.toString());
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
