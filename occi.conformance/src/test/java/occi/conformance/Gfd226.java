package occi.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.harrel.jsonschema.Dialects;
import dev.harrel.jsonschema.Validator;
import dev.harrel.jsonschema.ValidatorFactory;
import dev.harrel.jsonschema.providers.JacksonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.stream.Collectors;

/**
 * The OCCI 1.2 JSON rendering (OGF GFD.226) judged by the specification's own JSON schema
 * (test resource {@code spec/occi-1.2-json-schema.json}; {@code spec/README.md} says where it
 * comes from), with a draft-04 validator: the server's JSON code has no part in it.
 */
final class Gfd226 {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode SCHEMA = load();

    private Gfd226() {}

    /** Parses {@code json} and asserts it is a valid {@code definition} (model, resource, link, entity_collection, ...). */
    static JsonNode valid(String json, String definition, String where) {
        JsonNode document;
        try {
            document = JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError(where + ": not JSON: " + e.getMessage() + "\n" + json);
        }
        Validator validator = new ValidatorFactory().withDefaultDialect(new Dialects.Draft4Dialect())
                .withJsonNodeFactory(new JacksonNode.Factory()).createValidator();
        URI schema = validator.registerSchema(URI.create("urn:occi:gfd226"), SCHEMA);
        Validator.Result result = validator.validate(URI.create(schema + "#/definitions/" + definition), document);
        if (!result.isValid()) {
            throw new AssertionError(where + ": not a valid GFD.226 " + definition + ": " + result.getErrors().stream()
                    .map(e -> e.getInstanceLocation() + " " + e.getError()).distinct().collect(Collectors.joining("; "))
                    + "\n" + json);
        }
        return document;
    }

    private static JsonNode load() {
        try (InputStream in = Gfd226.class.getResourceAsStream("/spec/occi-1.2-json-schema.json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
