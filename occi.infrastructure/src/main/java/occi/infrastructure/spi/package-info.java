/**
 * The plug-in point for resource managers behind the infrastructure model: implement
 * {@link occi.infrastructure.spi.InfrastructureDriver}, name the kinds with
 * {@link occi.infrastructure.spi.Drives}, and the model bundle routes those kinds'
 * operations to it (highest {@code service.ranking} first) after enforcing the state
 * tables. Categories are never redefined by a driver.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package occi.infrastructure.spi;
