/**
 * What every bundle that authenticates requests needs the same way, written once: which headers
 * mean a reverse proxy forwarded a request, and which client it names ({@link ProxyHeaders}); the
 * format and check of stored password hashes ({@link PasswordHash}); the per-client backoff on
 * failed logins ({@link LoginBackoff}).
 * Plain Java with no OSGi types, so that a bundle that also runs as a plain process
 * ({@code confine.controller}) can use it there too.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package occi.platform.auth;
