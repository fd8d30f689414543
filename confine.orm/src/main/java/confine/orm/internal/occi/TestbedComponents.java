package confine.orm.internal.occi;

import confine.orm.internal.osgi.RuntimeEndpoint;
import java.net.URI;
import occi.api.backend.ActionBackend;
import occi.api.backend.KindBackend;
import occi.api.backend.MixinBackend;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;

/** The DS components that serve CONFINE testbeds as OCCI backends. */
final class TestbedComponents {

    private TestbedComponents() {}

    /** The container's HTTP base, as the JAX-RS runtime reports it (the port may be chosen at random). */
    static URI endpoint(ServiceReference<JaxrsServiceRuntime> runtime) {
        return RuntimeEndpoint.of(runtime);
    }

    /**
     * The testbed of the local controller, served at {@code /testbed/} with no configuration
     * at all (PID {@code confine.occi.local}, optional; a configuration may point it elsewhere).
     */
    @Designate(ocd = TestbedConfig.class)
    @Component(configurationPid = Local.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL,
            service = {KindBackend.class, MixinBackend.class, ActionBackend.class})
    public static final class Local extends TestbedBackend {

        static final String PID = "confine.occi.local";

        @Activate
        public Local(TestbedConfig config, @Reference ServiceReference<JaxrsServiceRuntime> runtime,
                BundleContext context,
                @Reference(service = LoggerFactory.class) Logger log) {
            super(config, endpoint(runtime), context, log);
            start();
        }

        @Deactivate
        void deactivate() {
            close();
        }
    }

    /**
     * One more testbed per factory configuration {@code confine.occi.testbed~<x>}, each with
     * its own {@code name} (and so its own locations and scheme).
     */
    @Designate(ocd = TestbedConfig.class, factory = true)
    @Component(configurationPid = Configured.PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
            service = {KindBackend.class, MixinBackend.class, ActionBackend.class})
    public static final class Configured extends TestbedBackend {

        static final String PID = "confine.occi.testbed";

        @Activate
        public Configured(TestbedConfig config, @Reference ServiceReference<JaxrsServiceRuntime> runtime,
                BundleContext context,
                @Reference(service = LoggerFactory.class) Logger log) {
            super(config, endpoint(runtime), context, log);
            start();
        }

        @Deactivate
        void deactivate() {
            close();
        }
    }
}
