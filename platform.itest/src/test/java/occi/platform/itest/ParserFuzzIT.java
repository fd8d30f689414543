package occi.platform.itest;

import static occi.platform.itest.HostileContainer.COMPUTE;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A fuzzing pass over the text and JSON parsers of the exported jar: valid creates and mixin
 * definitions, mutated by a seeded generator (the same requests on every run; a failure names
 * its seed and case), each sent to the server. No answer may be a 5xx, and nothing may be half
 * stored: the compute collection grows by exactly one per 201 and not at all otherwise.
 */
@Timeout(120)
class ParserFuzzIT extends HostileContainerTest {

    /** Change it to explore other inputs; a failing seed is a regression test once fixed. */
    private static final long SEED = 15L;
    private static final int CASES = 250;

    private static final String TEXT_SEED = COMPUTE + "\n"
            + "X-OCCI-Attribute: occi.core.title=\"web\"\n"
            + "X-OCCI-Attribute: occi.compute.cores=2\n"
            + "X-OCCI-Attribute: occi.compute.memory=1.5\n";
    private static final String JSON_SEED = "{\"id\":\"f%d\",\"kind\":\"http://schemas.ogf.org/occi/infrastructure#compute\","
            + "\"attributes\":{\"occi.core.title\":\"web\",\"occi.compute.cores\":2,\"occi.compute.memory\":1.5,"
            + "\"occi.compute.hostname\":\"vm\"}}";
    private static final String MIXIN_SEED = "{\"mixins\":[{\"term\":\"t%d\",\"scheme\":\"http://fuzz.example/tags#\",\"location\":\"/t%d/\","
            + "\"attributes\":{\"fuzz.v\":{\"type\":\"string\",\"pattern\":\"[a-z]+\",\"mutable\":true,\"required\":false}}}]}";

    /** What a hostile client likes to put in a request. */
    private static final List<String> TOKENS = List.of("\"", ";", "=", ",", "{", "}", "[", "]", ":", "\\", "\n", "\r\n", "1e999999",
            "-1e-999999", "9".repeat(40), "NaN", "Infinity", "null", "true", "\u0000", "\u00e9", "\ud83d\ude00", "%zz", "..",
            "occi.compute.state=\"active\"", "{\"a\":", "}}}", "\"\"\"\"", "(.*a){20}b", "X-OCCI-Attribute: ", "Category: ",
            "class=\"kind\"", "scheme=\"\"", "/system/x", "<script>", "'", "0x1F", "-0", "1.", ".5", "[[[[[[[[", "\t");

    static String mutate(String seed, Random random) {
        StringBuilder text = new StringBuilder(seed);
        int mutations = 1 + random.nextInt(4);
        for (int m = 0; m < mutations; m++) {
            int at = text.isEmpty() ? 0 : random.nextInt(text.length());
            switch (random.nextInt(5)) {
                case 0 -> text.insert(at, TOKENS.get(random.nextInt(TOKENS.size())));
                case 1 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(8)));
                case 2 -> {
                    int end = Math.min(text.length(), at + 1 + random.nextInt(20));
                    text.insert(at, text.substring(at, end));
                }
                case 3 -> {
                    if (!text.isEmpty()) {
                        text.setCharAt(at, (char) (0x20 + random.nextInt(0x5f)));
                    }
                }
                default -> text.replace(at, Math.min(text.length(), at + 1 + random.nextInt(4)), TOKENS.get(random.nextInt(TOKENS.size())));
            }
        }
        return text.toString();
    }

    @Test
    void mutatedCreatesAreNever5xxAndNeverHalfStored() throws Exception {
        Random random = new Random(SEED);
        long count = occi.count("/compute/");
        int created = 0;
        for (int i = 0; i < CASES; i++) {
            boolean json = random.nextBoolean();
            String body = mutate(json ? String.format(JSON_SEED, i) : TEXT_SEED, random);
            String type = json ? "application/occi+json" : "text/plain";
            HttpResponse<String> answer = occi.post("/compute/", type, body);
            String what = "seed " + SEED + ", case " + i + ", " + type + ":\n" + body + "\nanswer " + answer.statusCode() + ": " + answer.body();
            assertThat(answer.statusCode()).as(what).isLessThan(500);
            if (answer.statusCode() == 201) {
                count++;
                created++;
            }
            if (i % 10 == 9 || answer.statusCode() == 201) {
                assertThat(occi.count("/compute/")).as(what).isEqualTo(count);
            }
        }
        assertThat(occi.count("/compute/")).isEqualTo(count);
        assertThat(created).as("the seeds are valid: some mutations still create").isPositive();
    }

    @Test
    void mutatedMixinDefinitionsAreNever5xx() throws Exception {
        Random random = new Random(SEED + 1);
        int defined = 0;
        for (int i = 0; i < CASES / 2; i++) {
            String body = mutate(String.format(MIXIN_SEED, i, i), random);
            HttpResponse<String> answer = occi.post("/-/", "application/occi+json", body);
            assertThat(answer.statusCode()).as("seed " + (SEED + 1) + ", case " + i + ":\n" + body + "\nanswer: " + answer.body())
                    .isLessThan(500);
            defined += answer.statusCode() == 200 ? 1 : 0;
        }
        assertThat(defined).as("the seed is valid: some mutations still define a mixin").isPositive();
        assertThat(occi.get("/-/", "application/occi+json").statusCode()).isEqualTo(200);
    }
}
