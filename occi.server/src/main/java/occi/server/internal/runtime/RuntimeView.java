package occi.server.internal.runtime;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import occi.api.OcciException;
import occi.api.backend.ActionBackend;
import occi.api.backend.Backend;
import occi.api.backend.EntityStore;
import occi.api.backend.KindBackend;
import occi.api.backend.MixinBackend;
import occi.api.backend.Registry;
import occi.api.backend.RequestContext;
import occi.api.runtime.BackendDTO;
import occi.api.runtime.FailedServiceDTO;
import occi.api.runtime.OcciServiceRuntime;
import occi.api.runtime.RefusedCategoryDTO;
import occi.api.runtime.RegistryDTO;
import occi.api.runtime.RenderingDTO;
import occi.api.runtime.RuntimeDTO;
import occi.server.internal.model.Model;
import occi.server.internal.model.Refusal;
import occi.server.internal.runtime.RuntimeLedger.BackendRecord;
import occi.server.internal.runtime.RuntimeLedger.RegistryRecord;
import occi.server.internal.runtime.RuntimeLedger.RenderingRecord;
import org.osgi.service.component.runtime.ServiceComponentRuntime;

/**
 * The runtime service: a {@link RuntimeDTO} assembled, on each call, from the ledger the
 * server's references write, the model they built and Declarative Services' failures.
 */
public final class RuntimeView implements OcciServiceRuntime {

    /** What the server knows now, beyond the ledger. */
    public interface Server {
        Model model();

        Optional<Registry> registryInUse();

        String basePath();

        /** The JAX-RS runtime's endpoints (URLs ending in '/'). */
        List<String> endpoints();

        /** Declarative Services, when present. */
        ServiceComponentRuntime scr();

        /** Location spaces of entity stores that left, answered 503 for now. */
        List<String> departedLocations();
    }

    private final RuntimeLedger ledger;
    private final Server server;

    public RuntimeView(RuntimeLedger ledger, Server server) {
        this.ledger = ledger;
        this.server = server;
    }

    @Override
    public RuntimeDTO getRuntimeDTO() {
        RuntimeDTO dto = new RuntimeDTO();
        dto.changeCount = ledger.changeCount();
        dto.basePath = server.basePath();
        dto.baseUris = server.endpoints().stream().map(e -> URI.create(e).resolve(server.basePath().replaceFirst("^/+", "")).toString())
                .toArray(String[]::new);
        List<FailedServiceDTO> failed = new ArrayList<>();
        dto.registries = registries(server.registryInUse().orElse(null));
        dto.registry = dto.registries.length > 0 && dto.registries[0].inUse ? dto.registries[0] : null;
        dto.backends = backends(server.model(), failed);
        dto.renderings = renderings(failed);
        failed.addAll(ComponentFailures.of(server.scr()));
        dto.failedServices = failed.toArray(FailedServiceDTO[]::new);
        dto.departedLocations = server.departedLocations().toArray(String[]::new);
        return dto;
    }

    private RegistryDTO[] registries(Registry inUse) {
        return ledger.registries().stream().map(r -> registry(r, r.registry() == inUse)).toArray(RegistryDTO[]::new);
    }

    private static RegistryDTO registry(RegistryRecord record, boolean inUse) {
        RegistryDTO dto = record.origin().fill(new RegistryDTO());
        dto.inUse = inUse;
        dto.persistent = record.persistent();
        dto.available = !record.unavailable();
        dto.reason = record.unavailable() ? unavailableReason(record.registry()) : null;
        dto.state = record.unavailable() ? RegistryDTO.UNAVAILABLE : inUse ? RegistryDTO.SERVING : RegistryDTO.STANDBY;
        return dto;
    }

    /** A stand-in registry answers every call with its reason (what clients get with their 503): ask it the cheapest question. */
    private static String unavailableReason(Registry registry) {
        try {
            registry.userMixins(RequestContext.anonymous(URI.create("http://localhost/")));
            return "it says it is unavailable, but answers";
        } catch (OcciException e) {
            return e.getMessage();
        } catch (RuntimeException e) {
            return "it fails: " + e.getMessage();
        }
    }

    private BackendDTO[] backends(Model model, List<FailedServiceDTO> failed) {
        Map<Long, List<String>> served = new LinkedHashMap<>();
        model.categories().forEach(c -> model.definedBy(c.id())
                .ifPresent(owner -> served.computeIfAbsent(owner.serviceId(), id -> new ArrayList<>()).add(c.id().toString())));
        Map<Long, List<Refusal>> refused = new LinkedHashMap<>();
        model.refusals().forEach(r -> refused.computeIfAbsent(r.serviceId(), id -> new ArrayList<>()).add(r));
        List<BackendDTO> backends = new ArrayList<>();
        for (BackendRecord record : ledger.backends()) {
            long id = record.entry().serviceId();
            List<String> categories = served.getOrDefault(id, List.of());
            RefusedCategoryDTO[] refusals = refused.getOrDefault(id, List.of()).stream().map(RuntimeView::refusal)
                    .toArray(RefusedCategoryDTO[]::new);
            if (categories.isEmpty() && refusals.length > 0) {
                failed.add(refusedBackend(record, refusals));
            } else {
                BackendDTO dto = record.origin().fill(new BackendDTO());
                Backend backend = record.entry().backend();
                dto.roles = roles(backend);
                dto.entityStore = backend instanceof EntityStore;
                dto.categories = categories.toArray(String[]::new);
                dto.refusedCategories = refusals;
                dto.state = refusals.length == 0 ? BackendDTO.SERVING : BackendDTO.PARTLY_SERVING;
                backends.add(dto);
            }
        }
        return backends.toArray(BackendDTO[]::new);
    }

    private static FailedServiceDTO refusedBackend(BackendRecord record, RefusedCategoryDTO[] refusals) {
        FailedServiceDTO dto = record.origin().fill(new FailedServiceDTO());
        dto.serviceType = FailedServiceDTO.BACKEND;
        dto.state = FailedServiceDTO.REFUSED;
        dto.reason = refusals[0].reason;
        dto.message = refusals.length == 1 ? refusals[0].message
                : refusals[0].message + " (and " + (refusals.length - 1) + " more refused categories)";
        dto.refusedCategories = refusals;
        return dto;
    }

    private static RefusedCategoryDTO refusal(Refusal refusal) {
        RefusedCategoryDTO dto = new RefusedCategoryDTO();
        dto.category = refusal.category();
        dto.reason = refusal.reason();
        dto.message = refusal.message();
        return dto;
    }

    private static String[] roles(Backend backend) {
        List<String> roles = new ArrayList<>();
        if (backend instanceof KindBackend) {
            roles.add(BackendDTO.KIND_BACKEND);
        }
        if (backend instanceof MixinBackend) {
            roles.add(BackendDTO.MIXIN_BACKEND);
        }
        if (backend instanceof ActionBackend) {
            roles.add(BackendDTO.ACTION_BACKEND);
        }
        if (backend instanceof EntityStore) {
            roles.add(BackendDTO.ENTITY_STORE);
        }
        return roles.toArray(String[]::new);
    }

    /**
     * Renderings in the server's order: a media type goes to the first rendering that names
     * it (per direction), so a later one naming it is shadowed there; one shadowed for every
     * media type it names is refused.
     */
    private RenderingDTO[] renderings(List<FailedServiceDTO> failed) {
        Map<String, ServiceOrigin> producers = new LinkedHashMap<>();
        Map<String, ServiceOrigin> consumers = new LinkedHashMap<>();
        List<RenderingDTO> used = new ArrayList<>();
        for (RenderingRecord record : ledger.renderings()) {
            List<String> shadowed = new ArrayList<>();
            List<String> holders = new ArrayList<>();
            claim(record.produces(), record.origin(), producers, shadowed, holders);
            claim(record.consumes(), record.origin(), consumers, shadowed, holders);
            boolean servesSome = record.produces().size() + record.consumes().size() > shadowed.size();
            if (servesSome) {
                RenderingDTO dto = record.origin().fill(new RenderingDTO());
                dto.produces = record.produces().toArray(String[]::new);
                dto.consumes = record.consumes().toArray(String[]::new);
                dto.shadowed = shadowed.stream().distinct().toArray(String[]::new);
                dto.state = shadowed.isEmpty() ? RenderingDTO.SERVING : RenderingDTO.PARTLY_SERVING;
                used.add(dto);
            } else {
                FailedServiceDTO dto = record.origin().fill(new FailedServiceDTO());
                dto.serviceType = FailedServiceDTO.RENDERING;
                dto.state = FailedServiceDTO.REFUSED;
                dto.reason = FailedServiceDTO.CLASHING_MEDIA_TYPE;
                dto.message = "rendering of " + String.join(", ", record.produces().isEmpty() ? record.consumes() : record.produces())
                        + ": every media type it names is already served by a rendering that ranks higher or registered earlier ("
                        + String.join("; ", holders.stream().distinct().toList()) + "); ignored";
                dto.refusedCategories = new RefusedCategoryDTO[0];
                failed.add(dto);
            }
        }
        for (RuntimeLedger.RefusedRendering refused : ledger.refusedRenderings()) {
            FailedServiceDTO dto = refused.origin().fill(new FailedServiceDTO());
            dto.serviceType = FailedServiceDTO.RENDERING;
            dto.state = FailedServiceDTO.REFUSED;
            dto.reason = refused.reason();
            dto.message = refused.message();
            dto.refusedCategories = new RefusedCategoryDTO[0];
            failed.add(dto);
        }
        return used.toArray(RenderingDTO[]::new);
    }

    private static void claim(List<String> mediaTypes, ServiceOrigin origin, Map<String, ServiceOrigin> holders,
            List<String> shadowed, List<String> whoHolds) {
        for (String mediaType : mediaTypes) {
            ServiceOrigin holder = holders.putIfAbsent(mediaType, origin);
            if (holder != null && holder.serviceId() != origin.serviceId()) {
                shadowed.add(mediaType);
                whoHolds.add(mediaType + " by " + holder.describe());
            }
        }
    }
}
