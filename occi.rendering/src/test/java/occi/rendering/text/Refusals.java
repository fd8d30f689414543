package occi.rendering.text;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import occi.api.OcciException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that input is refused the way a client must see it: an OcciException with a status and a message saying what and where. */
final class Refusals {

    private Refusals() {}

    static void refused(int status, String message, ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOf(OcciException.class)
                .hasMessage(message)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((OcciException) e).status()).isEqualTo(status));
    }

    static void badRequest(String message, ThrowingCallable call) {
        refused(400, message, call);
    }
}
