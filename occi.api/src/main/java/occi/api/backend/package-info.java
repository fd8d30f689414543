/**
 * The server's plug-in points on the data side, each an OSGi service picked up through
 * the whiteboard pattern: {@link occi.api.backend.KindBackend}, {@link
 * occi.api.backend.MixinBackend} and {@link occi.api.backend.ActionBackend} (the glue to a
 * resource manager; they always have the last word), {@link occi.api.backend.Registry}
 * (where entities live; the highest-ranked one is used) and {@link
 * occi.api.backend.EntityStore} (a backend that owns its entities' storage). Every call
 * carries the {@link occi.api.backend.RequestContext}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.3.0")
package occi.api.backend;
