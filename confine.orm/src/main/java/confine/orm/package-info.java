/**
 * A client for the CONFINE testbed's REST API: an object-REST mapper that discovers
 * collections and actions from {@code Link} headers, maps remote resources to local
 * objects (one per URI and session), filters with Django-style lookups that cross
 * relations, and runs every operation over a collection or a set concurrently over
 * non-blocking HTTP.
 *
 * <pre>
 * Api api = Api.of("http://127.0.0.1:8080/confine/api/");
 * api.retrieve();                                         // reads the base resource and its Link header
 * ResourceCollection nodes = api.manager("nodes").filter("group__name", "vct");
 * Resource node = api.manager("nodes").get("id", 1413);
 * String group = node.resource("group").string("name");  // the group is fetched on first access
 * node.as(Node.class).group().name();                     // the same through a typed view
 * </pre>
 *
 * Typed views of the main resources ({@link Node}, {@link Slice}, {@link Sliver},
 * {@link Template}, {@link Group}) read their fields with Java types through
 * {@link Resource#as(Class)}; interfaces of the caller's work the same way.
 *
 * <pre>
 * api.login("vct", "vct");
 * node.invoke("reboot");                                  // a discovered action
 * node.related("slivers").update("set_state", "start");   // one PATCH per sliver, concurrently
 * node.set("name", "renamed").save();                     // PATCH of the changed field only
 * api.manager("slices").get("id", 7).action("upload_overlay").upload(Path.of("overlay.tgz"));
 * </pre>
 *
 * The package has no OSGi types: it works the same as a plain jar on a class path.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package confine.orm;
