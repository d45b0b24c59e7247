package io.newsaggregator.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class HeadlineCsvTest {

    @Test
    void parsesQuotedFieldsWithCommasDoubledQuotesAndLineBreaks() {
        String csv = "ID,TITLE\r\n1,\"Dam bursts, town floods\"\n2,\"Mayor: \"\"we will rebuild\"\"\"\n3,\"two\nlines\"\n";

        List<List<String>> rows = HeadlineCsv.parse(csv);

        assertThat(rows).containsExactly(
                List.of("ID", "TITLE"),
                List.of("1", "Dam bursts, town floods"),
                List.of("2", "Mayor: \"we will rebuild\""),
                List.of("3", "two\nlines"));
    }

    @Test
    void keepsALastRowWithoutTrailingNewlineAndEmptyFields() {
        assertThat(HeadlineCsv.parse("a,,c\nd,e,")).containsExactly(List.of("a", "", "c"), List.of("d", "e", ""));
    }
}
