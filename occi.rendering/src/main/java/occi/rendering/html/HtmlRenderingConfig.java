package occi.rendering.html;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * How the HTML pages look: a stylesheet of the operator's own, given either as a URL the
 * pages link to or as CSS the pages carry inline, and the name shown in every page's
 * header. Edited in the web console (OSGi → Configuration, "OCCI HTML rendering") or in
 * {@code conf/occi.rendering.html.cfg}.
 */
@ObjectClassDefinition(name = "OCCI HTML rendering",
        description = "The browsable text/html interface of the OCCI server: its stylesheet and title.")
@interface HtmlRenderingConfig {

    /** The configuration PID. */
    String PID = "occi.rendering.html";

    @AttributeDefinition(name = "Stylesheet URL",
            description = "A stylesheet the pages link to instead of the built-in one: an http(s) URL or a path "
                    + "on this server such as /static/occi.css. Takes precedence over the inline CSS. Empty for none.")
    String stylesheet_url() default "";

    @AttributeDefinition(name = "Inline CSS",
            description = "CSS the pages carry in a <style> element instead of the built-in stylesheet. "
                    + "Used when no stylesheet URL is set. Empty for the built-in stylesheet.")
    String stylesheet_css() default "";

    @AttributeDefinition(name = "Site title", description = "The name shown in every page's header and title.")
    String site_title() default "OCCI";
}
