package io.newsaggregator.app;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 rows: every field quoted when it needs to be; lists joined with "; ". */
final class Csv {
    private Csv() {
    }

    static String row(List<?> values) {
        return values.stream().map(Csv::field).collect(Collectors.joining(","));
    }

    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof Collection<?> list
                ? list.stream().map(String::valueOf).collect(Collectors.joining("; "))
                : value.toString();
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
