package confine.orm.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class AsyncLimiterTest {

    @Test
    void waitersGetTheirTurnInOrderWithoutBlocking() {
        AsyncLimiter limiter = new AsyncLimiter(2);
        CompletableFuture<Void> a = limiter.acquire();
        CompletableFuture<Void> b = limiter.acquire();
        CompletableFuture<Void> c = limiter.acquire();
        CompletableFuture<Void> d = limiter.acquire();
        assertThat(a).isDone();
        assertThat(b).isDone();
        assertThat(c).isNotDone();
        assertThat(limiter.inFlight()).isEqualTo(2);
        limiter.release();
        assertThat(c).isDone();
        assertThat(d).isNotDone();
        limiter.release();
        limiter.release();
        limiter.release();
        assertThat(d).isDone();
        assertThat(limiter.inFlight()).isZero();
        assertThat(limiter.peak()).isEqualTo(2);
        assertThatThrownBy(limiter::release).isInstanceOf(IllegalStateException.class);
    }
}
