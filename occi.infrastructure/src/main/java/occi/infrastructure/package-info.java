/**
 * The OCCI 1.2 infrastructure model (GFD.224) as data: the kinds compute, network,
 * storage, networkinterface and storagelink, the mixins ipnetwork, ipnetworkinterface,
 * os_tpl, resource_tpl, ssh_key and user_data, every attribute typed with its pattern and
 * default, every action with its attributes, and each kind's life cycle as a
 * {@link occi.infrastructure.StateMachine state table}.
 *
 * <p>The bundle registers the model with the server once; resource managers plug in
 * behind it as {@link occi.infrastructure.spi.InfrastructureDriver drivers} and reuse
 * these constants and tables rather than redefining the categories.
 *
 * <pre>
 * Resource vm = Resource.of(Compute.KIND.location(), Infrastructure.COMPUTE);
 * Compute.STATES.applicable(Compute.START.id(), vm);          // true: a new compute is inactive
 * Compute.KIND.attributes().get(Compute.MEMORY).coerce("2.5"); // BigDecimal 2.5 (GiB)
 * </pre>
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package occi.infrastructure;
