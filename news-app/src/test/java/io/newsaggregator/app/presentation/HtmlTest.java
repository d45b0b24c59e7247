package io.newsaggregator.app.presentation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HtmlTest {

    @Test
    void escapesTheFiveSpecialCharacters() {
        assertThat(Html.escape("<a href=\"x\" title='y'>&</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
    }

    @Test
    void leavesPlainTextAndUnicodeUntouched() {
        String text = "El País \u00b7 Zürich \u2013 \u65e5\u672c \ud83d\ude00";

        assertThat(Html.escape(text)).isSameAs(text);
    }

    @Test
    void dropsControlCharactersButKeepsLineBreaks() {
        assertThat(Html.escape("a\u0000b\u0007c\nd\te\u007f")).isEqualTo("abc\nd\te");
    }

    @Test
    void escapesNullAsEmptyText() {
        assertThat(Html.escape(null)).isEmpty();
    }

    @Test
    void escapesAttributeValuesAndOmitsNullOnes() {
        String markup = new Html().element("p", "<b>", "title", "\"><script>", "class", null).toString();

        assertThat(markup).isEqualTo("<p title=\"&quot;&gt;&lt;script&gt;\">&lt;b&gt;</p>");
    }

    @Test
    void refusesAttributesThatAreNotPairs() {
        assertThatThrownBy(() -> new Html().open("p", "class"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name, value pairs");
    }
}
