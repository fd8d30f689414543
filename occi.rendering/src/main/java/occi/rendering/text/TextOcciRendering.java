package occi.rendering.text;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import occi.api.rendering.OcciRendering;
import occi.api.rendering.OcciRequest;
import occi.api.rendering.OcciResponse;
import occi.api.rendering.RenderContext;
import occi.api.rendering.Rendering;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;

/**
 * text/occi: the OCCI text rendering in HTTP headers, the body {@code OK}. Responses join
 * the values of a header with commas, as GFD.229 recommends; requests may repeat a header,
 * join its values, or both.
 *
 * <pre>
 * Category: compute; scheme="http://schemas.ogf.org/occi/infrastructure#"; class="kind"; location="/compute/"
 * X-OCCI-Attribute: occi.core.id="6f1c...", occi.compute.cores=2, occi.compute.hostname="vm1"
 *
 * OK
 * </pre>
 */
@Component(service = Rendering.class)
@Designate(ocd = TextLimitsConfig.class)
@OcciRendering(produces = MediaTypes.TEXT_OCCI, consumes = MediaTypes.TEXT_OCCI)
public class TextOcciRendering extends FieldRendering {

    @Activate
    public TextOcciRendering(TextLimitsConfig config, @Reference(service = LoggerFactory.class) Logger logger) {
        this(TextLimits.of(config, logger::warn), logger::warn);
    }

    TextOcciRendering(TextLimits limits, Consumer<String> warnings) {
        super(limits, warnings);
    }

    @Override
    List<Field> fields(OcciRequest request, TextLimits limits) {
        return HeaderFields.read(request, limits);
    }

    @Override
    FieldSink sink(OcciResponse response) {
        return new HeaderFieldSink(response);
    }

    /** The message is the body: {@code OK} on success, the reason otherwise. */
    @Override
    public void renderMessage(int status, String message, RenderContext context, OcciResponse response)
            throws IOException {
        OutputStream body = response.body();
        body.write(message.getBytes(StandardCharsets.UTF_8));
        body.flush();
    }
}
