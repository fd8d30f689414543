package occi.admin.internal.shell;

import java.util.Arrays;
import java.util.stream.Collectors;
import occi.admin.internal.inventory.Inventory;
import occi.api.runtime.BackendDTO;
import occi.api.runtime.FailedServiceDTO;
import occi.api.runtime.RegistryDTO;
import occi.api.runtime.RuntimeDTO;

/** {@code occi:runtime}'s text: a few summary lines, the backends, then what was refused or failed. */
final class RuntimeText {

    private RuntimeText() {}

    static String of(RuntimeDTO runtime) {
        StringBuilder text = new StringBuilder();
        text.append("Base URI:        ").append(runtime.baseUris.length == 0 ? "(HTTP is not up)" : String.join(", ", runtime.baseUris))
                .append('\n');
        text.append("Registry in use: ").append(registry(runtime.registry)).append('\n');
        text.append("Changes:         ").append(runtime.changeCount).append('\n');
        if (runtime.departedLocations != null && runtime.departedLocations.length > 0) {
            text.append("Answering 503:   ").append(String.join(", ", runtime.departedLocations)).append(" (their entity store left)\n");
        }
        text.append('\n');
        Table backends = Table.of("BUNDLE", "SERVICE", "STATE", "ROLES", "CATEGORIES", "REFUSED");
        for (BackendDTO b : runtime.backends) {
            backends.row(Inventory.bundle(b), b.serviceId, b.state, String.join(",", b.roles), b.categories.length,
                    Arrays.stream(b.refusedCategories).map(r -> r.category + " " + r.reason).collect(Collectors.joining("; ")));
        }
        text.append(backends);
        if (runtime.failedServices.length == 0) {
            return text.append("\nNo service refused or failed.\n").toString();
        }
        Table failed = Table.of("TYPE", "BUNDLE", "SERVICE", "STATE", "REASON", "MESSAGE");
        for (FailedServiceDTO f : runtime.failedServices) {
            failed.row(f.serviceType, Inventory.bundle(f), f.serviceId >= 0 ? String.valueOf(f.serviceId) : f.component, f.state,
                    f.reason, f.message);
        }
        return text.append("\nRefused or failed:\n").append(failed).toString();
    }

    private static String registry(RegistryDTO registry) {
        if (registry == null) {
            return "none (every OCCI request answers 503)";
        }
        String keeps = registry.persistent == null ? "" : registry.persistent ? ", persistent" : ", in memory";
        return registry.implementation + " (" + Inventory.bundle(registry) + keeps + ")"
                + (registry.available ? "" : "; NOT available: " + registry.reason);
    }
}
