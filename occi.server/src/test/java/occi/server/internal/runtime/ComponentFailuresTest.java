package occi.server.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComponentFailuresTest {

    @Test
    void aFailureIsTheRootCausesLineWithoutTheStack() {
        String failure = "java.lang.reflect.InvocationTargetException\n\tat a.B.c(B.java:1)\n"
                + "Caused by: java.lang.IllegalStateException: no resource manager\n\tat d.E.f(E.java:2)\n";
        assertThat(ComponentFailures.firstLine(failure)).isEqualTo("java.lang.IllegalStateException: no resource manager");
        assertThat(ComponentFailures.firstLine("java.lang.RuntimeException: boom\n\tat x.Y.z(Y.java:3)"))
                .isEqualTo("java.lang.RuntimeException: boom");
        assertThat(ComponentFailures.firstLine(null)).isEqualTo("(no reason given)");
    }
}
