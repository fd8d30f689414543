package occi.rendering.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.harrel.jsonschema.Dialects;
import dev.harrel.jsonschema.Validator;
import dev.harrel.jsonschema.ValidatorFactory;
import dev.harrel.jsonschema.providers.JacksonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * The OCCI 1.2 JSON schema as the specification publishes it (the test resource
 * {@code spec/occi-1.2-json-schema.json}; its README says where it came from), used by tests to judge documents independently of the copy the
 * bundle carries and of the rendering's own validator wrapper.
 */
final class SpecSchema {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final Path SPEC_SCHEMA = Path.of("src/test/resources/spec/occi-1.2-json-schema.json");
    private static final Path EXTENSIONS = Path.of("src/main/resources/occi/rendering/json/occi-json-extensions.json");

    private SpecSchema() {}

    /** Asserts that {@code json} is a valid {@code shape}, listing every error otherwise. */
    static JsonNode assertValid(String json, Shape shape) {
        JsonNode document = read(json);
        Validator validator = new ValidatorFactory().withDefaultDialect(new Dialects.Draft4Dialect())
                .withJsonNodeFactory(new JacksonNode.Factory()).createValidator();
        Path file = shape.schema().equals(Shape.Schemas.OCCI) ? SPEC_SCHEMA : EXTENSIONS;
        URI uri = validator.registerSchema(URI.create("urn:test:" + file.getFileName()), read(file));
        Validator.Result result = validator.validate(URI.create(uri + "#/definitions/" + shape.definition()), document);
        assertThat(result.isValid())
                .as("%s is a valid %s; errors: %s", json, shape.definition(), result.getErrors().stream()
                        .map(e -> e.getInstanceLocation() + " " + e.getError()).collect(Collectors.joining("; ")))
                .isTrue();
        return document;
    }

    static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
