/**
 * The behaviour every {@link occi.api.backend.Registry} must show, as a JUnit 5 suite: extend
 * {@link occi.registry.contract.RegistryContract} and return the registry under test.
 *
 * <pre>
 * class MyRegistryTest extends RegistryContract {
 *     protected Registry registry() { return myRegistry; }
 * }
 * </pre>
 *
 * Exported from a bundle so that in-framework tests can run the suite against the
 * {@code Registry} services they find.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package occi.registry.contract;
