package occi.security.itest;

import java.util.Dictionary;
import java.util.Hashtable;
import occi.platform.testing.ConfigurationEvents;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/** Makes users the way an administrator does: a factory configuration with a clear password. */
final class Users {

    static final String FACTORY_PID = "occi.security.user";

    private Users() {}

    /**
     * Creates the user and returns once the platform has replaced the clear secrets by their
     * hashes, which it does when the account is in use.
     */
    static Configuration create(BundleContext context, ConfigurationAdmin configAdmin, String name, String password,
            String[] tokens, String[] roles) throws Exception {
        Configuration user = configAdmin.getFactoryConfiguration(FACTORY_PID, name, "?");
        Dictionary<String, Object> account = new Hashtable<>();
        account.put("name", name);
        account.put("password", password);
        account.put("tokens", tokens);
        account.put("roles", roles);
        ConfigurationEvents.awaitUpdate(context, configAdmin, user.getPid(), () -> user.update(account),
                stored -> String.valueOf(stored.get("password")).startsWith("pbkdf2-sha256:"));
        return user;
    }
}
