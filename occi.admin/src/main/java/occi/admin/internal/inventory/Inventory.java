package occi.admin.internal.inventory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import occi.api.runtime.BackendDTO;
import occi.api.runtime.OcciServiceDTO;
import occi.api.runtime.OcciServiceRuntime;
import occi.api.runtime.RegistryDTO;
import occi.api.runtime.RenderingDTO;
import occi.api.runtime.RuntimeDTO;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * What the OCCI server is made of right now, as its own runtime service reports it
 * ({@link OcciServiceRuntime}): renderings, registries, the categories each backend serves,
 * and what it refused. Nothing is tracked here; each call reads one snapshot.
 */
@Component(service = Inventory.class)
public class Inventory {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile OcciServiceRuntime runtime;

    /** The server's runtime now; empty while no OCCI server runs. */
    public Optional<RuntimeDTO> runtime() {
        OcciServiceRuntime current = runtime;
        return current == null ? Optional.empty() : Optional.of(current.getRuntimeDTO());
    }

    /** The renderings the server uses, by the first media type they produce. */
    public List<RenderingInfo> renderings() {
        List<RenderingInfo> result = new ArrayList<>();
        for (RenderingDTO r : runtime().map(d -> d.renderings).orElse(new RenderingDTO[0])) {
            result.add(new RenderingInfo(List.of(r.produces), List.of(r.consumes), bundle(r), r.serviceId));
        }
        result.sort(Comparator.comparing((RenderingInfo r) -> r.produces().isEmpty() ? "" : r.produces().get(0))
                .thenComparingLong(RenderingInfo::serviceId));
        return result;
    }

    /** The registries present, the one in use (highest ranking, then oldest) first. */
    public List<RegistryInfo> registries() {
        return Arrays.stream(runtime().map(d -> d.registries).orElse(new RegistryDTO[0]))
                .map(r -> new RegistryInfo(r.ranking, r.implementation, bundle(r), r.serviceId, r.inUse)).toList();
    }

    /** Every category a backend serves, with the backend's role and bundle. */
    public List<Definition> definitions() {
        List<Definition> result = new ArrayList<>();
        for (BackendDTO backend : runtime().map(d -> d.backends).orElse(new BackendDTO[0])) {
            // the first of its roles (KindBackend before MixinBackend before ActionBackend), as occi:serves always named it
            String role = backend.roles.length == 0 ? "Backend" : backend.roles[0];
            for (String category : backend.categories) {
                result.add(new Definition(category, role, bundle(backend)));
            }
        }
        return result;
    }

    /** How pages and commands name a service's bundle: {@code symbolic.name version}. */
    public static String bundle(OcciServiceDTO service) {
        return service.bundleSymbolicName == null ? "(gone)" : service.bundleSymbolicName + " " + service.bundleVersion;
    }
}
