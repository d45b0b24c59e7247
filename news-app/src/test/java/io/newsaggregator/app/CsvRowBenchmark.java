package io.newsaggregator.app;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Speed of {@code export --format csv}'s row encoding: {@link Csv#row} (jackson-dataformat-csv)
 * against the hand-written RFC 4180 quoting it replaced, on the same rows in the same run. Rows
 * look like exported articles: 17 cells, a body of a few kilobytes with commas, quotes and line
 * breaks, lists of authors and categories.
 *
 * <pre>
 * mvn -B -q -o -pl news-app -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * java -cp news-app/target/test-classes:news-app/target/classes:$(cat news-app/target/bench.cp) \
 *     io.newsaggregator.app.CsvRowBenchmark 20000 7
 * </pre>
 * Arguments: {@code [rows] [runs]}, default 20000 7; the first two runs warm up and are not reported.
 */
public final class CsvRowBenchmark {
    private CsvRowBenchmark() {
    }

    public static void main(String[] args) {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        List<List<Object>> data = rows(rows, new Random(42));
        long sink = 0;
        List<Double> baseline = new ArrayList<>();
        List<Double> jackson = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            long t0 = System.nanoTime();
            for (List<Object> row : data) {
                sink += HandWritten.row(row, false).length();
            }
            long t1 = System.nanoTime();
            for (List<Object> row : data) {
                sink += Csv.row(row, false).length();
            }
            long t2 = System.nanoTime();
            if (run >= 2) {
                baseline.add((t1 - t0) / 1e6);
                jackson.add((t2 - t1) / 1e6);
            }
        }
        double base = median(baseline);
        double now = median(jackson);
        System.out.printf("%,d rows, median of %d runs: hand-written %.1f ms, jackson-dataformat-csv %.1f ms"
                + " (x%.2f of the hand-written time)%n", rows, baseline.size(), base, now, now / base);
        System.out.println("(checksum " + sink + ")");
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static List<List<Object>> rows(int count, Random random) {
        String[] words = {"the", "minister", "said", "on", "Tuesday,", "\"we", "will", "not", "resign\"", "after",
                "talks", "in", "Brussels", "—", "prices", "rose", "3.4%", "while", "markets", "fell."};
        List<List<Object>> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder body = new StringBuilder();
            for (int w = 0; w < 400 + random.nextInt(400); w++) {
                body.append(words[random.nextInt(words.length)]).append(w % 60 == 59 ? "\n" : " ");
            }
            List<Object> row = new ArrayList<>();
            row.add("portal" + (i % 20));
            row.add("https://portal" + (i % 20) + ".example/rss.xml");
            row.add("https://portal" + (i % 20) + ".example/news/2026/03/0" + (1 + i % 7) + "/story-" + i + "?ref=rss");
            row.add("https://portal" + (i % 20) + ".example/news/2026/03/0" + (1 + i % 7) + "/story-" + i);
            row.add("Story " + i + ": " + words[random.nextInt(words.length)] + ", " + words[random.nextInt(words.length)]);
            row.add(List.of("Ann Author", "Bo Writer"));
            row.add("2026-03-0" + (1 + i % 7) + "T08:00:00Z");
            row.add(null);
            row.add("en");
            row.add("World");
            row.add(List.of("politics", "europe"));
            row.add(body.substring(0, Math.min(200, body.length())));
            row.add(body.toString());
            row.add("https://img.example/" + i + ".jpg");
            row.add("2026-03-0" + (1 + i % 7) + "T09:00:00Z");
            row.add("2026-03-0" + (1 + i % 7) + "T10:00:00Z");
            row.add(1 + i % 3);
            rows.add(row);
        }
        return rows;
    }

    /** The baseline: the quoting {@code Csv} did by hand before it used jackson-dataformat-csv. */
    private static final class HandWritten {
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
            if (!raw && Csv.startsLikeAFormula(text)) {
                text = "'" + text;
            }
            if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
                return text;
            }
            return '"' + text.replace("\"", "\"\"") + '"';
        }
    }
}
