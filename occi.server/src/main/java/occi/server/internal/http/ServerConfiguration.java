package occi.server.internal.http;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The OCCI server's configuration (PID {@value #PID}), editable in the web console. */
@ObjectClassDefinition(name = "OCCI server", description = "The OCCI HTTP server: where it is served, paging, limits, CORS.")
public @interface ServerConfiguration {

    String PID = "occi.server";

    @AttributeDefinition(name = "Base path", description = "Path below the HTTP root where OCCI is served, e.g. / or /occi/.")
    String base_path() default "/";

    @AttributeDefinition(name = "CORS allowed origins", description = "Origins browsers may call from (e.g. https://ui.example.org); * for any; empty for none.")
    String[] cors_allowed_origins() default {};

    @AttributeDefinition(name = "Absolute category locations", description = "Render category locations as absolute URLs instead of paths relative to the base.")
    boolean absolute_category_locations() default false;

    @AttributeDefinition(name = "Maximum page size", description = "The largest ?number= a client may ask for; more is answered with 413.")
    int max_page_size() default 1000;

    @AttributeDefinition(name = "Default page size", description = "Entities per page when the client gives no ?number=; 0 lists everything.")
    int default_page_size() default 0;

    @AttributeDefinition(name = "Maximum request body", description = "Bytes a request body may have; more is answered with 413.")
    long max_body_bytes() default 1 << 20;

    @AttributeDefinition(name = "Maximum request headers", description = "Bytes all request headers together may have; more is answered with 431.")
    int max_header_bytes() default 64 << 10;

    @AttributeDefinition(name = "Server product", description = "Product named in the Server header before the OCCI version.")
    String server_product() default "occi-platform/0.1";

    @AttributeDefinition(name = "OCCI version", description = "The OCCI version announced in the Server header; clients asking for a higher one get 501.")
    String occi_version() default "OCCI/1.2";
}
