/**
 * The rendering plug-in point: a {@link occi.api.rendering.Rendering} service, with its
 * media types in {@link occi.api.rendering.OcciRendering} service properties, parses
 * requests into representations and renders model views ({@link
 * occi.api.rendering.EntityView}, categories, collections, messages). A third-party bundle
 * written only against this package and {@code occi.api} adds a media type to a running
 * server.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.4.0")
package occi.api.rendering;
