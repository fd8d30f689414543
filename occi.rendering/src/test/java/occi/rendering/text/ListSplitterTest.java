package occi.rendering.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListSplitterTest {

    @Test
    void splitsAtCommasBetweenValues() {
        assertThat(ListSplitter.split("a=1, b=\"x\",c=true")).containsExactly("a=1", "b=\"x\"", "c=true");
    }

    @Test
    void keepsCommasInsideQuotedStringsAndEscapedQuotes() {
        assertThat(ListSplitter.split("a=\"x, y\", b=\"say \\\"hi, you\\\"\", c=\"\\\\\", d=2"))
                .containsExactly("a=\"x, y\"", "b=\"say \\\"hi, you\\\"\"", "c=\"\\\\\"", "d=2");
    }

    @Test
    void keepsCommasInsideAngledUris() {
        assertThat(ListSplitter.split("</a,b>; rel=\"x#y\", </c>; rel=\"x#z\""))
                .containsExactly("</a,b>; rel=\"x#y\"", "</c>; rel=\"x#z\"");
    }

    @Test
    void skipsEmptyElementsAsRfc7230Allows() {
        assertThat(ListSplitter.split(" , a=1,, ,b=2 ,")).containsExactly("a=1", "b=2");
        assertThat(ListSplitter.split("   ")).isEmpty();
    }

    @Test
    void leavesAnUnterminatedQuoteInTheLastValueForTheParserToReport() {
        assertThat(ListSplitter.split("a=1, b=\"open, c=2")).containsExactly("a=1", "b=\"open, c=2");
    }
}
