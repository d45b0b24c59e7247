package io.newsaggregator.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {
    @Test
    void cellsThatAStartLikeAFormulaGetAQuoteInFront() {
        assertThat(Csv.row(List.of("=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "plain", "a=b"), false))
                .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\",'+1,'-2,'@SUM(A1),'\tx,\"'\rx\",plain,a=b");
    }

    @Test
    void rawCellsAreWrittenAsStored() {
        assertThat(Csv.row(List.of("=1+1", "-2", List.of("a", "b")), true)).isEqualTo("=1+1,-2,a; b");
    }

    @Test
    void quotesFieldsWithSeparatorsQuotesAndLineBreaks() {
        assertThat(Csv.row(List.of("a,b", "say \"hi\"", "two\nlines"), false))
                .isEqualTo("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"");
    }
}
