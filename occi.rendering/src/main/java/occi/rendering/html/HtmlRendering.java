package occi.rendering.html;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import occi.api.Category;
import occi.api.OcciException;
import occi.api.rendering.ActionInvocation;
import occi.api.rendering.CategoryRepresentation;
import occi.api.rendering.CollectionInfo;
import occi.api.rendering.EntityRepresentation;
import occi.api.rendering.EntityView;
import occi.api.rendering.Filter;
import occi.api.rendering.OcciRendering;
import occi.api.rendering.OcciRequest;
import occi.api.rendering.OcciResponse;
import occi.api.rendering.RenderContext;
import occi.api.rendering.Rendering;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The browsable interface over the whole server ({@code text/html}): the query interface
 * as a categorised page, collections with filters and paging, one page per entity with
 * forms for its actions, mixins and attributes. It reads the forms those pages post
 * ({@code application/x-www-form-urlencoded}, field names in {@link FormFields}).
 *
 * <p>Plain server-side HTML: no script, every value escaped, and a Content-Security-Policy
 * that forbids scripts altogether. The stylesheet is configurable ({@link HtmlRenderingConfig}).
 */
@Component(service = Rendering.class, configurationPid = HtmlRenderingConfig.PID)
@Designate(ocd = HtmlRenderingConfig.class)
@OcciRendering(produces = HtmlRendering.TEXT_HTML, consumes = HtmlRendering.FORM)
public class HtmlRendering implements Rendering {

    static final String TEXT_HTML = "text/html";
    static final String FORM = "application/x-www-form-urlencoded";

    private final Logger logger;
    // Replaced whole on a configuration change; a page reads it once.
    private volatile Look look;

    @Activate
    public HtmlRendering(@Reference(service = LoggerFactory.class) Logger logger, HtmlRenderingConfig config) {
        this.logger = logger;
        this.look = Look.of(config, logger::warn);
    }

    /** For tests: a rendering with the given look. */
    HtmlRendering(Look look, Logger logger) {
        this.logger = logger;
        this.look = look;
    }

    @Modified
    void modified(HtmlRenderingConfig config) {
        this.look = Look.of(config, logger::warn);
        logger.info("HTML rendering restyled: {}", look.stylesheet().url() != null ? "stylesheet " + look.stylesheet().url()
                : "inline stylesheet");
    }

    @Override
    public EntityRepresentation parseEntity(OcciRequest request) {
        return FormParser.entity(form(request));
    }

    @Override
    public ActionInvocation parseAction(OcciRequest request) {
        return FormParser.action(form(request));
    }

    @Override
    public List<CategoryRepresentation> parseCategories(OcciRequest request) {
        return FormParser.categories(form(request));
    }

    @Override
    public List<String> parseLocations(OcciRequest request) {
        return FormParser.locations(form(request));
    }

    @Override
    public Filter parseFilter(OcciRequest request) {
        Filter filter = FormParser.filter(form(request));
        return filter.isEmpty() ? Filter.NONE : filter;
    }

    @Override
    public void renderEntity(EntityView entity, RenderContext context, OcciResponse response) throws IOException {
        Look current = look;
        Links links = new Links(context);
        HtmlWriter html = begin(response, current, links, EntityPage.title(entity.entity()));
        Notice.write(html, context);
        new EntityPage(html, links, new ModelView(context)).write(entity);
        Layout.end(html);
    }

    @Override
    public void renderCollection(Iterator<EntityView> entities, CollectionInfo collection, RenderContext context,
            OcciResponse response) throws IOException {
        Look current = look;
        Links links = new Links(context);
        HtmlWriter html = begin(response, current, links, CollectionPage.title(collection));
        Notice.write(html, context);
        new CollectionPage(html, links, new ModelView(context)).write(entities, collection);
        Layout.end(html);
    }

    @Override
    public void renderCategories(List<Category> categories, RenderContext context, OcciResponse response) throws IOException {
        Look current = look;
        Links links = new Links(context);
        HtmlWriter html = begin(response, current, links, "Query interface");
        Notice.write(html, context);
        new QueryInterfacePage(html, links).write(categories);
        Layout.end(html);
    }

    @Override
    public void renderMessage(int status, String message, RenderContext context, OcciResponse response) throws IOException {
        Look current = look;
        Links links = new Links(context);
        HtmlWriter html = begin(response, current, links, MessagePage.title(status));
        new MessagePage(html, links).write(status, message, context.requestPath());
        Layout.end(html);
    }

    private static HtmlWriter begin(OcciResponse response, Look look, Links links, String title) throws IOException {
        Layout.headers(response, look);
        HtmlWriter html = new HtmlWriter(response.body());
        Layout.begin(html, look, links, title);
        return html;
    }

    private static FormData form(OcciRequest request) {
        String type = request.contentType();
        if (type != null && !type.equalsIgnoreCase(FORM)) {
            throw new OcciException(415, "the HTML rendering reads " + FORM + " forms, not " + type);
        }
        return FormData.read(request.body());
    }
}
