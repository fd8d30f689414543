package occi.infrastructure.spi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Component property type of an {@link InfrastructureDriver}: the type ids of the kinds it
 * manages, as the service property {@value InfrastructureDriver#DRIVES}.
 *
 * <pre>
 * {@literal @}Component
 * {@literal @}Drives({Compute.TYPE_ID, Network.TYPE_ID})
 * public class MyDriver implements InfrastructureDriver { ... }
 * </pre>
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Drives {

    /** Prefix of the property name: with the annotation's name it makes {@code occi.infrastructure.drives}. */
    String PREFIX_ = "occi.infrastructure.";

    /** Type ids of the kinds, e.g. {@code Compute.TYPE_ID}. */
    String[] value();
}
