package occi.admin.internal.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class TableTest {

    @Test
    void padsEveryColumnToItsWidestValue() {
        String text = Table.of("TERM", "LOCATION").row("compute", "/compute/").row("os_tpl", "/os_tpl/").toString();
        assertThat(text).isEqualTo("""
                TERM     LOCATION
                compute  /compute/
                os_tpl   /os_tpl/
                """);
    }

    @Test
    void keepsEachRowOnOneLine() {
        assertThat(Table.of("A", "B").row("x\ny", null).toString()).isEqualTo("A    B\nx y\n");
    }

    @Test
    void refusesARowOfTheWrongWidth() {
        assertThatIllegalArgumentException().isThrownBy(() -> Table.of("A", "B").row("only one"));
    }
}
