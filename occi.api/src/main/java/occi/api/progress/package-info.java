/**
 * Progress of long operations: an action on a whole collection, a bulk update of a
 * resource manager. Whoever runs one {@link occi.api.progress.OperationTracker#begin begins}
 * an {@link occi.api.progress.Operation} and reports members done while it runs; the
 * tracker's {@link occi.api.progress.OperationTracker#running() running} and
 * {@link occi.api.progress.OperationTracker#finished() finished} lists are what the web
 * console shows. The OCCI server registers the tracker service and reports every action on a
 * collection; during one, the {@link occi.api.backend.RequestContext} given to
 * {@link occi.api.backend.ActionBackend#invokeAll} carries the operation (see
 * {@link occi.api.progress.Operation#of}), so a backend can report each member it is done with.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package occi.api.progress;
