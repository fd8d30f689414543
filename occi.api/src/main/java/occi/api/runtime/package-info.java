/**
 * What the OCCI server is made of right now, read only: the {@link
 * occi.api.runtime.OcciServiceRuntime} service answers with a {@link
 * occi.api.runtime.RuntimeDTO} (base URI, the registry in use, every backend, entity store
 * and rendering with its bundle and state, and every service the server refused or
 * dropped, with the reason), as the JAX-RS whiteboard's {@code JaxrsServiceRuntime} does
 * for JAX-RS. The DTOs follow {@link org.osgi.dto.DTO}: public fields, no behaviour, a
 * fresh copy on every call.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package occi.api.runtime;
