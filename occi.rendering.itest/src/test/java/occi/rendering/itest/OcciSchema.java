package occi.rendering.itest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.harrel.jsonschema.Dialects;
import dev.harrel.jsonschema.Validator;
import dev.harrel.jsonschema.ValidatorFactory;
import dev.harrel.jsonschema.providers.JacksonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.util.stream.Collectors;

/**
 * The OCCI 1.2 JSON schema (draft 04, from GFD.226,
 * read from the copy the rendering bundle carries) and a validator for its definitions,
 * independent of the rendering's own checks: what the server writes is validated here as
 * a client would validate it.
 */
final class OcciSchema {

    private static final URI SCHEMA = URI.create("occi-1.2-json-schema.json");

    private final Validator validator;

    private OcciSchema(JsonNode schema) {
        validator = new ValidatorFactory()
                .withDefaultDialect(new Dialects.Draft4Dialect())
                .withJsonNodeFactory(new JacksonNode.Factory())
                .createValidator();
        validator.registerSchema(SCHEMA, schema);
    }

    /** Reads the schema from where the rendering bundle carries it. */
    static OcciSchema from(URL schema, ObjectMapper mapper) throws IOException {
        try (InputStream in = schema.openStream()) {
            return new OcciSchema(mapper.readTree(in));
        }
    }

    /** The violations of a document against one of the schema's definitions, one per line; empty if it is valid. */
    String violations(JsonNode document, String definition) {
        Validator.Result result = validator.validate(URI.create(SCHEMA + "#/definitions/" + definition), document);
        return result.isValid() ? "" : result.getErrors().stream()
                .map(e -> e.getInstanceLocation() + ": " + e.getError())
                .collect(Collectors.joining("\n"));
    }
}
