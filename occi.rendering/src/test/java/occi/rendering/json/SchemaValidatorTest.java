package occi.rendering.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The schema the bundle carries, and the validator around it. */
class SchemaValidatorTest {

    @Test
    void theBundledSchemaIsThePublishedOneUnchanged() throws Exception {
        Path bundled = Path.of("src/main/resources/occi/rendering/json/occi-1.2-json-schema.json");

        assertThat(Files.readAllBytes(bundled)).isEqualTo(Files.readAllBytes(SpecSchema.SPEC_SCHEMA));
    }

    @Test
    void validationsOnManyThreadsAtOnceGiveEachTheirOwnAnswer() throws Exception {
        SchemaValidator validator = TestIo.rendering().schema();
        JsonNode valid = SpecSchema.read(JsonRoundTripTest.COMPUTE);
        JsonNode invalid = SpecSchema.read("{\"kind\":\"a#b\",\"id\":1,\"attributes\":{}}");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                boolean expectValid = i % 2 == 0;
                answers.add(pool.submit(() -> validator.violations(expectValid ? valid : invalid, Shape.RESOURCE)
                        .isEmpty() == expectValid));
            }
            for (Future<Boolean> answer : answers) {
                assertThat(answer.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
