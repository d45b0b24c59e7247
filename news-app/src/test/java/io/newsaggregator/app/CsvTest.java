package io.newsaggregator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {
    private static final CsvMapper READER = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    @Test
    void cellsThatAStartLikeAFormulaGetAQuoteInFront() throws Exception {
        String row = Csv.row(List.of("=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "plain", "a=b"), false);

        assertThat(cells(row)).containsExactly("'=HYPERLINK(\"http://x\")", "'+1", "'-2", "'@SUM(A1)", "'\tx", "'\rx",
                "plain", "a=b");
    }

    @Test
    void rawCellsAreWrittenAsStored() throws Exception {
        String row = Csv.row(List.of("=1+1", "-2", List.of("a", "b")), true);

        assertThat(cells(row)).containsExactly("=1+1", "-2", "a; b");
    }

    @Test
    void quotesFieldsWithSeparatorsQuotesAndLineBreaks() throws Exception {
        String row = Csv.row(List.of("a,b", "say \"hi\"", "two\nlines", "plain"), false);

        assertThat(row).startsWith("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",").endsWith("plain");
        assertThat(cells(row)).containsExactly("a,b", "say \"hi\"", "two\nlines", "plain");
    }

    @Test
    void nullIsAnEmptyCell() throws Exception {
        assertThat(cells(Csv.row(java.util.Arrays.asList("a", null, "c"), false))).containsExactly("a", "", "c");
    }

    private static List<String> cells(String row) throws Exception {
        try (MappingIterator<String[]> rows = READER.readerFor(String[].class).readValues(row)) {
            return List.of(rows.next());
        }
    }
}
