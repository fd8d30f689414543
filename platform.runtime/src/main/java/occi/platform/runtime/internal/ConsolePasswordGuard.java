package occi.platform.runtime.internal;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.runtime.HttpServiceRuntime;
import org.osgi.service.http.runtime.HttpServiceRuntimeConstants;

/**
 * The container ships the web console login {@code admin}/{@code admin}, which is fine on
 * loopback and unacceptable anywhere else. When the HTTP server listens on a non-loopback
 * address and nobody has chosen a console password, this component sets a random one and
 * prints it once on the console of the person who started the platform.
 */
@Component
public class ConsolePasswordGuard {

    static final String CONSOLE_PID = "org.apache.felix.webconsole.internal.servlet.OsgiManager";
    static final String SHIPPED_PASSWORD = "admin";
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    @Activate
    public ConsolePasswordGuard(BundleContext context, @Reference ConfigurationAdmin configAdmin,
            @Reference(service = HttpServiceRuntime.class) Map<String, Object> http) throws IOException {
        Object endpoints = http.get(HttpServiceRuntimeConstants.HTTP_SERVICE_ENDPOINT);
        if (exposed(endpoints) && usesShippedPassword(context, configAdmin)) {
            String password = randomPassword(20);
            String user = context.getProperty("felix.webconsole.username");
            Configuration console = configAdmin.getConfiguration(CONSOLE_PID, "?");
            Dictionary<String, Object> properties = console.getProperties() == null ? new Hashtable<>() : console.getProperties();
            properties.put("username", user == null ? "admin" : user);
            properties.put("password", password);
            console.update(properties);
            System.out.println("  Web console password for '" + properties.get("username") + "' (generated, the server is"
                    + " not on loopback only): " + password);
            System.out.flush();
        }
    }

    /** Whether any endpoint listens on a non-loopback address (no endpoint known: not yet listening). */
    static boolean exposed(Object endpointProperty) {
        return !EndpointProperty.values(endpointProperty).isEmpty() && Loopback.exposed(endpointProperty);
    }

    private static boolean usesShippedPassword(BundleContext context, ConfigurationAdmin configAdmin) throws IOException {
        Configuration[] chosen;
        try {
            chosen = configAdmin.listConfigurations("(&(service.pid=" + CONSOLE_PID + ")(password=*))");
        } catch (org.osgi.framework.InvalidSyntaxException constantFilter) {
            throw new IllegalStateException(constantFilter);
        }
        if (chosen != null && chosen.length > 0) {
            return false;
        }
        String framework = context.getProperty("felix.webconsole.password");
        return framework == null || SHIPPED_PASSWORD.equals(framework);
    }

    private static String randomPassword(int length) {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
