package io.newsaggregator.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 rows, quoted by jackson-dataformat-csv; lists joined with "; ". Unless asked for raw
 * cells, a cell starting with {@code = + - @}, TAB or CR gets a leading {@code '} (OWASP's rule
 * against CSV injection), so a spreadsheet shows it as text instead of running it as a formula.
 */
final class Csv {
    private static final ObjectWriter ROW = new CsvMapper().writerFor(String[].class)
            .with(CsvSchema.emptySchema().withLineSeparator(""));

    private Csv() {
    }

    static String row(List<?> values, boolean raw) {
        String[] cells = new String[values.size()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = cell(values.get(i), raw);
        }
        try {
            return ROW.writeValueAsString(cells);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a CSV row of plain strings", e);
        }
    }

    private static String cell(Object value, boolean raw) {
        if (value == null) {
            return "";
        }
        String text = value instanceof Collection<?> list
                ? list.stream().map(String::valueOf).collect(Collectors.joining("; "))
                : value.toString();
        return !raw && startsLikeAFormula(text) ? "'" + text : text;
    }

    static boolean startsLikeAFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }
}
