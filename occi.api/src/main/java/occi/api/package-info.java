/**
 * The OCCI core model: categories ({@link occi.api.Kind}, {@link occi.api.Mixin},
 * {@link occi.api.Action}) with typed {@link occi.api.AttributeDefinition attribute
 * definitions}, and entities ({@link occi.api.Resource}, {@link occi.api.Link}). All
 * values are immutable; renderings and backends never change a model object, they make
 * a new one.
 *
 * <pre>
 * Kind compute = new Kind(CategoryId.parse("http://schemas.ogf.org/occi/infrastructure#compute"), "Compute",
 *         Core.RESOURCE.id(), Kind.attributes(AttributeDefinition.builder("occi.compute.cores", AttributeType.INTEGER).build()),
 *         List.of(), "/compute/");
 * Resource vm = Resource.of(compute.location(), compute.id()).withAttributes(Map.of("occi.compute.cores", 2L));
 * </pre>
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package occi.api;
