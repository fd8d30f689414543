package occi.platform.runtime.internal;

import java.nio.file.Path;
import org.osgi.framework.BundleContext;

/**
 * The container's folders, resolved against the working directory so that two
 * copies started from two folders share no state. Each folder is named by a
 * framework (or system) property, with a default.
 */
public record PlatformFolders(Path deploy, Path conf, Path data) {

    /** Folder FileInstall watches for bundles and configurations (FileInstall's own property). */
    public static final String DEPLOY_PROPERTY = "felix.fileinstall.dir";
    /** Folder watched for configuration files only. */
    public static final String CONF_PROPERTY = "occi.platform.conf.dir";
    /** Folder where bundles keep their data. */
    public static final String DATA_PROPERTY = "occi.platform.data.dir";

    static PlatformFolders of(BundleContext context) {
        return new PlatformFolders(
                folder(context, DEPLOY_PROPERTY, "deploy"),
                folder(context, CONF_PROPERTY, "conf"),
                folder(context, DATA_PROPERTY, "data"));
    }

    private static Path folder(BundleContext context, String property, String fallback) {
        String value = context.getProperty(property);
        return Path.of(value == null || value.isBlank() ? fallback : value).toAbsolutePath().normalize();
    }
}
