package confine.orm.internal.occi;

import static org.assertj.core.api.Assertions.assertThat;

import confine.orm.ResponseStatusException;
import confine.orm.UnreachableException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import occi.api.OcciException;
import org.junit.jupiter.api.Test;

/** A controller answering 503 (its container is starting) is told quietly for a bounded time; anything else at once. */
class StartingGraceTest {

    private static final URI TEMPLATES = URI.create("http://127.0.0.1:8080/confine/api/templates/");
    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    private static RuntimeException answered(int status) {
        return Errors.toOcci("reading templates", new ResponseStatusException("GET", TEMPLATES, status, "reason", List.of(200),
                "The platform is starting; try again in a few seconds."));
    }

    @Test
    void a503IsQuietWithinTheGraceAndLoudAfterIt() {
        StartingGrace grace = new StartingGrace(Duration.ofSeconds(60));
        assertThat(grace.quiet(answered(503), 0)).isTrue();
        assertThat(grace.quiet(answered(503), 59 * SECOND)).isTrue();
        assertThat(grace.quiet(answered(503), 60 * SECOND)).as("503 for a whole minute: something is wrong").isFalse();
    }

    @Test
    void aSuccessfulReadStartsTheGraceAnew() {
        StartingGrace grace = new StartingGrace(Duration.ofSeconds(60));
        assertThat(grace.quiet(answered(503), 0)).isTrue();
        grace.served();
        assertThat(grace.quiet(answered(503), 100 * SECOND)).isTrue();
        assertThat(grace.quiet(answered(503), 159 * SECOND)).isTrue();
    }

    @Test
    void otherFailuresAreNeverQuiet() {
        StartingGrace grace = new StartingGrace(Duration.ofSeconds(60));
        assertThat(grace.quiet(answered(500), 0)).isFalse();
        assertThat(grace.quiet(answered(403), 0)).isFalse();
        assertThat(grace.quiet(new UnreachableException(TEMPLATES, "refused", new java.io.IOException("refused")), 0)).isFalse();
        assertThat(grace.quiet(new OcciException(503, "not from the controller"), 0)).isFalse();
    }
}
