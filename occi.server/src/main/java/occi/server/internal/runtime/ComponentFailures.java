package occi.server.internal.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import occi.api.backend.ActionBackend;
import occi.api.backend.EntityStore;
import occi.api.backend.KindBackend;
import occi.api.backend.MixinBackend;
import occi.api.backend.Registry;
import occi.api.rendering.Rendering;
import occi.api.runtime.FailedServiceDTO;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

/**
 * Components meant to provide a backend, registry or rendering that do not: their
 * activation threw, or they wait for a service they require. Such a service never reaches
 * the server's references, so Declarative Services is asked (when the runtime is read, not
 * tracked) for what it knows.
 */
final class ComponentFailures {

    /** The SPI interfaces the server takes, and how the runtime names each kind of service. */
    private static final Map<String, String> SERVICE_TYPES = Map.of(
            KindBackend.class.getName(), FailedServiceDTO.BACKEND,
            MixinBackend.class.getName(), FailedServiceDTO.BACKEND,
            ActionBackend.class.getName(), FailedServiceDTO.BACKEND,
            EntityStore.class.getName(), FailedServiceDTO.BACKEND,
            Registry.class.getName(), FailedServiceDTO.REGISTRY,
            Rendering.class.getName(), FailedServiceDTO.RENDERING);

    private ComponentFailures() {}

    static List<FailedServiceDTO> of(ServiceComponentRuntime scr) {
        List<FailedServiceDTO> failures = new ArrayList<>();
        if (scr == null) {
            return failures;
        }
        for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs()) {
            String type = serviceType(description);
            if (type == null) {
                continue;
            }
            for (ComponentConfigurationDTO configuration : scr.getComponentConfigurationDTOs(description)) {
                FailedServiceDTO failure = failure(description, configuration, type);
                if (failure != null) {
                    failures.add(failure);
                }
            }
        }
        return failures;
    }

    private static String serviceType(ComponentDescriptionDTO description) {
        return description.serviceInterfaces == null ? null
                : Arrays.stream(description.serviceInterfaces).map(SERVICE_TYPES::get).filter(t -> t != null).findFirst().orElse(null);
    }

    private static FailedServiceDTO failure(ComponentDescriptionDTO description, ComponentConfigurationDTO configuration, String type) {
        FailedServiceDTO failed = new FailedServiceDTO();
        if (configuration.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
            failed.reason = FailedServiceDTO.FAILED_ACTIVATION;
            failed.state = FailedServiceDTO.FAILED;
            failed.message = "activation failed: " + firstLine(configuration.failure);
        } else if (configuration.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE) {
            failed.reason = FailedServiceDTO.UNSATISFIED_REFERENCE;
            failed.state = FailedServiceDTO.WAITING;
            failed.message = "waits for " + Arrays.stream(configuration.unsatisfiedReferences == null
                    ? new UnsatisfiedReferenceDTO[0] : configuration.unsatisfiedReferences)
                    .map(r -> r.name + (r.target == null ? "" : " " + r.target)).collect(Collectors.joining(", "));
        } else {
            return null;
        }
        failed.serviceType = type;
        failed.component = description.name;
        failed.serviceId = -1;
        failed.bundleId = description.bundle.id;
        failed.bundleSymbolicName = description.bundle.symbolicName;
        failed.bundleVersion = description.bundle.version;
        failed.implementation = description.implementationClass;
        failed.refusedCategories = new occi.api.runtime.RefusedCategoryDTO[0];
        return failed;
    }

    /**
     * The root cause's line (class and message), not the stack: DS reports the exception it
     * caught, for a constructor that threw an InvocationTargetException whose cause is
     * the component's own.
     */
    static String firstLine(String failure) {
        if (failure == null || failure.isBlank()) {
            return "(no reason given)";
        }
        List<String> lines = failure.strip().lines().toList();
        return lines.stream().filter(l -> l.startsWith("Caused by: ")).reduce((first, last) -> last)
                .map(l -> l.substring("Caused by: ".length())).orElse(lines.get(0));
    }
}
