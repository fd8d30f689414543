package occi.platform.runtime.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.stream.Stream;
import org.apache.felix.fileinstall.ArtifactInstaller;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * Makes FileInstall watch the configuration folder ({@code conf/}) for configuration
 * files, next to the {@code deploy/} folder it watches by its own framework property.
 * FileInstall takes extra folders only as factory configurations, so this component
 * owns one and keeps it pointed at the configured folder. (The folders are made by {@link ConfigStore}, at start level 1.)
 *
 * <p>FileInstall reads a folder in a thread of its own, some time after it was told to: the
 * components that the files configure would run on their defaults until then (the JDBC
 * registry on H2 before PostgreSQL). So this component applies every file once itself, at
 * activation, through FileInstall's own configuration installer (same parsing, same
 * {@code felix.fileinstall.filename}, so FileInstall's later scan finds nothing to change),
 * and registers itself as a service only then: {@link StartupReport} requires it, so
 * "is up" means configured from {@code conf/}.
 */
@Component(configurationPid = ConfFolderWatcher.PID, service = ConfFolderWatcher.class, immediate = true)
@Designate(ocd = ConfFolderWatcher.Config.class)
public class ConfFolderWatcher {

    static final String PID = "occi.platform.folders";
    static final String FILEINSTALL_FACTORY_PID = "org.apache.felix.fileinstall";
    static final String WATCHER_NAME = "conf";
    /** The property FileInstall puts on a configuration it made from a file: the file's URI. */
    static final String FILENAME_PROPERTY = "felix.fileinstall.filename";
    /** FileInstall's configuration installer: its one ArtifactInstaller that is also a ConfigurationListener. */
    static final String CONFIG_INSTALLER = "(objectClass=org.osgi.service.cm.ConfigurationListener)";
    /** The files FileInstall makes configurations of (the watcher's filter below). */
    static final String CONFIG_FILES = ".*\\.(cfg|config)";

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
    private final Logger log;
    private final ArtifactInstaller configInstaller;

    @Activate
    public ConfFolderWatcher(BundleContext context, @Reference ConfigurationAdmin configAdmin, Config config,
            @Reference(service = LoggerFactory.class) Logger log,
            @Reference(target = CONFIG_INSTALLER) ArtifactInstaller configInstaller) throws IOException {
        this.context = context;
        this.configAdmin = configAdmin;
        this.log = log;
        this.configInstaller = configInstaller;
        forgetDeletedFiles();
        watch(config);
    }

    /**
     * Deletes the configurations FileInstall made from files that are gone. Config Admin keeps
     * configurations across restarts (see {@link ConfigStore}), those made from a file too;
     * FileInstall deletes such a configuration when it sees its file go, but not when the file
     * was removed while the container was stopped. The file is the truth: no file, no configuration.
     */
    private void forgetDeletedFiles() throws IOException {
        Configuration[] fromFiles;
        try {
            fromFiles = configAdmin.listConfigurations("(" + FILENAME_PROPERTY + "=*)");
        } catch (InvalidSyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
        for (Configuration configuration : fromFiles == null ? new Configuration[0] : fromFiles) {
            Object file = configuration.getProperties() == null ? null : configuration.getProperties().get(FILENAME_PROPERTY);
            if (file instanceof String uri && uri.startsWith("file:") && !Files.exists(Path.of(URI.create(uri)))) {
                log.info("Deleting configuration {}: its file {} is gone", configuration.getPid(), uri);
                configuration.delete();
            }
        }
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
        properties.put("felix.fileinstall.filter", CONFIG_FILES);
        properties.put("felix.fileinstall.noInitialDelay", "true");
        String poll = context.getProperty("felix.fileinstall.poll");
        properties.put("felix.fileinstall.poll", poll == null ? "1000" : poll);
        // FileInstall reads whether to write configurations back to their files from the framework
        // property only (felix.fileinstall.enableConfigSave, false in platform.bnd), never from here.
        watcher.updateIfDifferent(properties);
        applyNow(conf);
    }

    /**
     * Applies every configuration file in the folder now, in this thread. A file FileInstall
     * cannot read is logged with the reason and left to FileInstall, which reports it too.
     */
    private void applyNow(Path conf) throws IOException {
        try (Stream<Path> files = Files.list(conf)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches(CONFIG_FILES)).sorted().toList()) {
                try {
                    if (Files.isRegularFile(file) && configInstaller.canHandle(file.toFile())) {
                        configInstaller.update(file.toFile());
                    }
                } catch (Exception unreadable) {
                    log.error("Configuration file {} not applied: {}", file, unreadable.toString(), unreadable);
                }
            }
        }
    }
}
