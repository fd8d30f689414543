package occi.platform.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadlessShellTest {

    @Test
    void withoutATerminalTheShellReadsNoInput() {
        assertThat(HeadlessShell.headless(null, false)).isTrue();
    }

    @Test
    void atATerminalTheShellIsInteractive() {
        assertThat(HeadlessShell.headless(null, true)).isFalse();
    }

    @Test
    void anExplicitChoiceWinsEvenWhenEmpty() {
        assertThat(HeadlessShell.headless("", false)).isFalse();
        assertThat(HeadlessShell.headless("--nointeractive --noshutdown", false)).isFalse();
    }
}
