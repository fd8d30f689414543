package occi.admin.internal.inventory;

import java.util.List;

/** A {@code Rendering} service as its properties describe it, with the bundle that registered it. */
public record RenderingInfo(List<String> produces, List<String> consumes, String bundle, long serviceId) {
}
