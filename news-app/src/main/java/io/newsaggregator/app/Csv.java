package io.newsaggregator.app;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 rows: every field quoted when it needs to be; lists joined with "; ". Unless asked for raw
 * cells, a cell starting with {@code = + - @}, TAB or CR gets a leading {@code '} (OWASP's rule
 * against CSV injection), so a spreadsheet shows it as text instead of running it as a formula.
 */
final class Csv {
    private Csv() {
    }

    static String row(List<?> values, boolean raw) {
        return values.stream().map(value -> field(value, raw)).collect(Collectors.joining(","));
    }

    private static String field(Object value, boolean raw) {
        if (value == null) {
            return "";
        }
        String text = value instanceof Collection<?> list
                ? list.stream().map(String::valueOf).collect(Collectors.joining("; "))
                : value.toString();
        if (!raw && startsLikeAFormula(text)) {
            text = "'" + text;
        }
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    static boolean startsLikeAFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }
}
