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
 * text/plain (and text/occi+plain): the OCCI text rendering in the body, one field per line.
 *
 * <pre>
 * Category: compute; scheme="http://schemas.ogf.org/occi/infrastructure#"; class="kind"; location="/compute/"
 * Link: &lt;http://127.0.0.1:8080/compute/42?action=stop&gt;; rel="http://schemas.ogf.org/occi/infrastructure/compute/action#stop"
 * X-OCCI-Attribute: occi.compute.cores=2
 * </pre>
 *
 * A request without a body (a filtering GET) may carry its fields in headers instead, as
 * text/occi does.
 */
@Component(service = Rendering.class)
@Designate(ocd = TextLimitsConfig.class)
@OcciRendering(produces = { MediaTypes.TEXT_PLAIN, MediaTypes.TEXT_OCCI_PLAIN },
        consumes = { MediaTypes.TEXT_PLAIN, MediaTypes.TEXT_OCCI_PLAIN })
public class TextPlainRendering extends FieldRendering {

    @Activate
    public TextPlainRendering(TextLimitsConfig config, @Reference(service = LoggerFactory.class) Logger logger) {
        this(TextLimits.of(config, logger::warn), logger::warn);
    }

    TextPlainRendering(TextLimits limits, Consumer<String> warnings) {
        super(limits, warnings);
    }

    @Override
    List<Field> fields(OcciRequest request, TextLimits limits) {
        List<Field> fields = BodyFields.read(request.body(), limits);
        return fields.isEmpty() ? HeaderFields.read(request, limits) : fields;
    }

    @Override
    FieldSink sink(OcciResponse response) {
        return new BodyFieldSink(response.body());
    }

    @Override
    public void renderMessage(int status, String message, RenderContext context, OcciResponse response)
            throws IOException {
        OutputStream body = response.body();
        body.write((message + "\r\n").getBytes(StandardCharsets.UTF_8));
        body.flush();
    }
}
