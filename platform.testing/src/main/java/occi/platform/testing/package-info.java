/**
 * Helpers for the project's in-framework integration tests: finding the HTTP
 * endpoint from the JAX-RS runtime, waiting for a resource path or a bundle state
 * with a deadline (never a sleep), making small bundles and multipart bodies; and,
 * for tests outside OSGi, the exported jar as a process ({@link LauncherProcess}); sending a request
 * again while a container is still starting ({@link RetryWhileStarting}); a clock moved by hand
 * ({@link SettableClock}).
 *
 * <pre>
 * {@literal @}InjectService(timeout = 30_000) ServiceAware&lt;JaxrsServiceRuntime&gt; runtime;
 * URI base = Endpoint.of(runtime.getServiceReference());
 * JaxrsResources.awaitPath(context, runtime.getService(), "system/status");
 * </pre>
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.5.0")
package occi.platform.testing;
