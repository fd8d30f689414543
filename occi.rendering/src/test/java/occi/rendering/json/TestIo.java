package occi.rendering.json;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import occi.api.Category;
import occi.api.CategoryId;
import occi.api.rendering.OcciRequest;
import occi.api.rendering.OcciResponse;
import occi.api.rendering.RenderContext;

/** What the server hands a rendering, made in a test: requests with a body, a response buffer, a context, a config. */
final class TestIo {

    private TestIo() {}

    static OcciRequest request(String body) {
        return request(body.getBytes(StandardCharsets.UTF_8));
    }

    static OcciRequest request(byte[] body) {
        return new OcciRequest() {
            private final InputStream in = new ByteArrayInputStream(body);

            @Override
            public List<String> headers(String name) {
                return List.of();
            }

            @Override
            public String contentType() {
                return JsonRendering.OCCI_JSON;
            }

            @Override
            public InputStream body() {
                return in;
            }
        };
    }

    /** A response whose body is kept, to read back. */
    static final class Response implements OcciResponse {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public void addHeader(String name, String value) {
            throw new AssertionError("the JSON rendering writes no headers, yet wrote " + name);
        }

        @Override
        public OutputStream body() {
            return bytes;
        }

        String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }

    /** A response writing into a given stream. */
    static OcciResponse response(OutputStream body) {
        return new OcciResponse() {
            @Override
            public void addHeader(String name, String value) {
                throw new AssertionError("the JSON rendering writes no headers, yet wrote " + name);
            }

            @Override
            public OutputStream body() {
                return body;
            }
        };
    }

    /** The server's defaults: base http://127.0.0.1:8080/, category locations relative. */
    static RenderContext context() {
        return new RenderContext() {
            @Override
            public URI base() {
                return URI.create("http://127.0.0.1:8080/");
            }

            @Override
            public String categoryLocation(String location) {
                return location;
            }

            @Override
            public Optional<Category> category(CategoryId id) {
                return TestModel.CATEGORIES.stream().filter(c -> c.id().equals(id)).findFirst();
            }

            @Override
            public String mediaType() {
                return JsonRendering.OCCI_JSON;
            }
        };
    }

    static JsonRendering rendering() {
        return new JsonRendering(config(1024 * 1024, false, 256 * 1024));
    }

    /** A configuration as Config Admin would give it, with the defaults elsewhere. */
    static JsonRenderingConfig config(int maxBodyBytes, boolean absoluteEntityLocations, int listingMemoryBytes) {
        return new JsonRenderingConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return JsonRenderingConfig.class;
            }

            @Override
            public int max_body_bytes() {
                return maxBodyBytes;
            }

            @Override
            public int max_nesting_depth() {
                return 64;
            }

            @Override
            public boolean absolute_entity_locations() {
                return absoluteEntityLocations;
            }

            @Override
            public int listing_memory_bytes() {
                return listingMemoryBytes;
            }

            @Override
            public boolean pretty_print() {
                return false;
            }
        };
    }
}
