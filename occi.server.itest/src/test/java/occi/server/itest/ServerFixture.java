package occi.server.itest;

import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import occi.api.backend.ActionBackend;
import occi.api.backend.KindBackend;
import occi.api.backend.MixinBackend;
import occi.platform.testing.Endpoint;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.test.common.service.ServiceAware;

/** The running server's address, and backends registered by a test and withdrawn after it. */
final class ServerFixture implements AutoCloseable {

    final OcciClient client;
    private final BundleContext context;
    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();

    ServerFixture(BundleContext context, ServiceAware<JaxrsServiceRuntime> runtime) throws Exception {
        this.context = context;
        this.client = new OcciClient(Endpoint.of(runtime.getServiceReference()));
        Await.until("the OCCI query interface answers", () -> client.get("/-/").statusCode() == 200);
    }

    /** Registers a backend under every backend interface it implements, as DS would. */
    ServiceRegistration<?> register(Object backend) {
        List<String> names = new ArrayList<>();
        if (backend instanceof KindBackend) {
            names.add(KindBackend.class.getName());
        }
        if (backend instanceof MixinBackend) {
            names.add(MixinBackend.class.getName());
        }
        if (backend instanceof ActionBackend) {
            names.add(ActionBackend.class.getName());
        }
        Dictionary<String, Object> properties = new Hashtable<>();
        ServiceRegistration<?> registration = context.registerService(names.toArray(String[]::new), backend, properties);
        registrations.add(registration);
        return registration;
    }

    void unregister(ServiceRegistration<?> registration) {
        registrations.remove(registration);
        registration.unregister();
    }

    @Override
    public void close() {
        registrations.forEach(ServiceRegistration::unregister);
        registrations.clear();
    }
}
