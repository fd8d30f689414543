package occi.rendering.json;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.harrel.jsonschema.Dialects;
import dev.harrel.jsonschema.Error;
import dev.harrel.jsonschema.Validator;
import dev.harrel.jsonschema.ValidatorFactory;
import dev.harrel.jsonschema.providers.JacksonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks documents against the OCCI 1.2 JSON schema (draft 04) and this rendering's
 * extension schema, both loaded from this bundle, and words each violation as a JSON
 * pointer and a short rule.
 *
 * <p>Thread-safe: the library does not promise that one validator may be used by several
 * threads at once, so each validation borrows one from a pool that grows to the number
 * of concurrent requests (a validator is a few kilobytes).
 */
public final class SchemaValidator {

    private static final Pattern TYPE_ERROR = Pattern.compile("Value is \\[(\\w+)] but should be \\[(.+)]");
    private static final String ONE_OF_BRANCH = "/oneOf/";

    private final Map<String, JsonNode> schemas;
    /** The same schemas by the {@code id} they give themselves, which error locations use. */
    private final Map<String, JsonNode> schemasById = new java.util.HashMap<>();
    private final Queue<Validator> pool = new ConcurrentLinkedQueue<>();

    /** Loads both schema files from the bundle. */
    public SchemaValidator(ObjectMapper mapper) {
        this.schemas = Map.of(
                Shape.Schemas.OCCI, load(mapper, Shape.Schemas.OCCI),
                Shape.Schemas.EXTENSIONS, load(mapper, Shape.Schemas.EXTENSIONS));
        schemas.values().forEach(schema -> schemasById.put(schema.path("id").asText(), schema));
        pool.add(newValidator()); // fail at activation, not at the first request, if a schema is broken
    }

    /** The violations of {@code document} against {@code shape}, ordered by pointer; empty if valid. */
    public List<Violation> violations(JsonNode document, Shape shape) {
        Validator validator = borrow();
        Validator.Result result;
        try {
            result = validator.validate(uri(shape), document);
        } finally {
            pool.offer(validator);
        }
        if (result.isValid()) {
            return List.of();
        }
        return describe(document, result.getErrors());
    }

    /** Throws {@link SchemaViolationException} (400) unless {@code document} is a valid {@code shape}. */
    public void check(JsonNode document, Shape shape) {
        List<Violation> violations = violations(document, shape);
        if (!violations.isEmpty()) {
            throw new SchemaViolationException("an OCCI JSON " + shape.definition().replace('_', ' '), violations);
        }
    }

    private Validator borrow() {
        Validator validator = pool.poll();
        return validator != null ? validator : newValidator();
    }

    private Validator newValidator() {
        Validator validator = new ValidatorFactory()
                .withDefaultDialect(new Dialects.Draft4Dialect())
                .withJsonNodeFactory(new JacksonNode.Factory())
                .createValidator();
        schemas.forEach((file, schema) -> validator.registerSchema(URI.create(file), schema));
        return validator;
    }

    private static URI uri(Shape shape) {
        return URI.create(shape.schema() + "#/definitions/" + shape.definition());
    }

    private static JsonNode load(ObjectMapper mapper, String file) {
        try (InputStream in = SchemaValidator.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("schema " + file + " is missing from the bundle");
            }
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema " + file, e);
        }
    }

    /**
     * Turns the library's errors into violations: the errors of each branch of a failed
     * {@code oneOf} fold into one violation, a missing member is pointed at where it
     * belongs, and rules are worded for a client.
     */
    private List<Violation> describe(JsonNode document, List<Error> errors) {
        Set<Violation> violations = new LinkedHashSet<>();
        for (Error error : errors) {
            if (error.getSchemaLocation().contains(ONE_OF_BRANCH)) {
                continue; // folded into the oneOf violation at the same place
            }
            String pointer = error.getInstanceLocation();
            JsonNode value = document.at(JsonPointer.compile(pointer));
            switch (String.valueOf(error.getKeyword())) {
                case "type" -> violations.add(new Violation(pointer, typeRule(error.getError(), value)));
                case "oneOf" -> violations.add(new Violation(pointer, oneOfRule(errors, pointer, value)));
                case "required" -> {
                    List<String> names = missing(error, value);
                    if (names.isEmpty()) {
                        violations.add(new Violation(pointer, error.getError()));
                    }
                    names.forEach(name -> violations.add(new Violation(Violation.child(pointer, name), "is required")));
                }
                case "additionalProperties", "null" -> violations.add(new Violation(pointer, "is not allowed here"));
                case "minItems" -> violations.add(new Violation(pointer, "must not be empty (leave the member out instead)"));
                case "minLength" -> violations.add(new Violation(pointer, "must not be empty"));
                case "uniqueItems" -> violations.add(new Violation(pointer, "must not repeat an item"));
                default -> violations.add(new Violation(pointer, error.getError()));
            }
        }
        if (violations.isEmpty()) { // only branch errors: report them as they are rather than nothing
            errors.forEach(e -> violations.add(new Violation(e.getInstanceLocation(), e.getError())));
        }
        List<Violation> sorted = new ArrayList<>(violations);
        sorted.sort(Comparator.comparing(Violation::pointer));
        return sorted;
    }

    private static String typeRule(String message, JsonNode value) {
        Matcher m = TYPE_ERROR.matcher(message);
        return m.find() ? "expected " + m.group(2) + ", not " + jsonType(value) : message;
    }

    private static String oneOfRule(List<Error> errors, String pointer, JsonNode value) {
        List<String> expected = new ArrayList<>();
        for (Error branch : errors) {
            Matcher m = TYPE_ERROR.matcher(branch.getError());
            if (branch.getSchemaLocation().contains(ONE_OF_BRANCH) && pointer.equals(branch.getInstanceLocation())
                    && m.find()) {
                expected.add(m.group(2));
            }
        }
        return expected.isEmpty() ? "matches none of the allowed forms"
                : "expected " + String.join(", ", expected) + ", not " + jsonType(value);
    }

    /** The members a {@code required} rule names that the object lacks, read from the schema itself. */
    private List<String> missing(Error error, JsonNode object) {
        String location = error.getSchemaLocation();
        int hash = location.indexOf('#');
        JsonNode schema = hash < 0 ? null : schemasById.get(location.substring(0, hash));
        List<String> missing = new ArrayList<>();
        if (schema != null) {
            schema.at(JsonPointer.compile(location.substring(hash + 1))).path("required")
                    .forEach(name -> {
                        if (!object.has(name.asText())) {
                            missing.add(name.asText());
                        }
                    });
        }
        return missing;
    }

    /** The JSON type of a value, as schemas name them. */
    static String jsonType(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "nothing";
        }
        return switch (value.getNodeType()) {
            case NULL -> "null";
            case BOOLEAN -> "boolean";
            case NUMBER -> value.isIntegralNumber() ? "integer" : "number";
            case STRING -> "string";
            case ARRAY -> "array";
            case OBJECT, POJO -> "object";
            default -> value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
