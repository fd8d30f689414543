/** The JDBC registry's implementation: private to the bundle, which only registers a {@code Registry} service. */
package occi.registry.jdbc.internal;
