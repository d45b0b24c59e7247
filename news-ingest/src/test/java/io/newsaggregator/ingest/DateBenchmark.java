package io.newsaggregator.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.jsoup.nodes.Document;

/**
 * Scores {@link PublicationDateExtractor} on the dates development set with htmldate's metric:
 * the unit is the publication day (as the page writes it, not converted to UTC); no prediction is
 * a false negative, a wrong day a false positive only, any prediction on a page without a gold
 * date a false positive.
 *
 * <p>Usage: {@code DateBenchmark [corpus-dir] [--dump]}; the corpus defaults to
 * {@code ../shared/corpus/dates-dev} and the run is skipped with a message when it is absent.
 * {@code --dump} prints every wrong and missed page. Besides the whole set, the score is printed for
 * two halves (files sorted by name, odd and even positions) so a rule that only helps one half
 * shows up as such.
 * Pages are parsed without a base URI, so URL-based evidence can only come from the HTML.
 */
public final class DateBenchmark {

    private DateBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of("../shared/corpus/dates-dev");
        boolean dump = false;
        for (String arg : args) {
            if ("--dump".equals(arg)) {
                dump = true;
            } else {
                corpus = Path.of(arg);
            }
        }
        Path goldFile = corpus.resolve("gold.json");
        if (!Files.isRegularFile(goldFile)) {
            System.out.println("Skipping date benchmark: no corpus at " + corpus.toAbsolutePath());
            return;
        }
        Map<String, String> gold = readGold(goldFile);
        Map<String, byte[]> pages = new TreeMap<>();
        for (String file : gold.keySet()) {
            pages.put(file, read(corpus.resolve("html").resolve(file + ".gz")));
        }

        // a fixed "now" after every page of the set was saved, so the score does not move with the calendar
        PublicationDateExtractor extractor = new PublicationDateExtractor(
                Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC));
        MetadataOnlyBaseline baseline = new MetadataOnlyBaseline();
        // warm-up pass so the timed pass measures steady-state code, not class loading and JIT
        for (byte[] html : pages.values()) {
            Document document = parse(html);
            extractor.extract(document);
            baseline.publishedDay(document);
        }

        Score ours = new Score();
        Score plain = new Score();
        Score[] halves = {new Score(), new Score()};
        int position = 0;
        long parseNanos = 0;
        long extractNanos = 0;
        long baselineNanos = 0;
        List<String> misses = new ArrayList<>();
        for (Map.Entry<String, byte[]> page : pages.entrySet()) {
            long t0 = System.nanoTime();
            Document document = parse(page.getValue());
            long t1 = System.nanoTime();
            PublicationDates dates = extractor.extract(document);
            long t2 = System.nanoTime();
            LocalDate plainDay = baseline.publishedDay(document);
            long t3 = System.nanoTime();
            parseNanos += t1 - t0;
            extractNanos += t2 - t1;
            baselineNanos += t3 - t2;

            String expected = gold.get(page.getKey());
            LocalDate predicted = dates.published() == null ? null : dates.published().toLocalDate();
            String outcome = ours.add(expected, predicted);
            halves[position++ % 2].add(expected, predicted);
            plain.add(expected, plainDay);
            if ("FN".equals(outcome)) {
                misses.add("FN " + page.getKey() + " gold=" + expected);
            } else if ("FP".equals(outcome)) {
                misses.add("FP " + page.getKey() + " gold=" + expected + " got=" + dates.published()
                        + " modified=" + dates.modified());
            }
        }
        int n = pages.size();
        if (dump) {
            misses.forEach(System.out::println);
        }
        System.out.printf("pages=%d%n", n);
        System.out.println("extractor:                 " + ours);
        System.out.println("baseline (plain metadata): " + plain);
        System.out.println("extractor, odd half:       " + halves[0]);
        System.out.println("extractor, even half:      " + halves[1]);
        System.out.printf("ms/page: extract=%.3f, baseline reader=%.3f, jsoup parse=%.3f%n",
                extractNanos / 1e6 / n, baselineNanos / 1e6 / n, parseNanos / 1e6 / n);
    }

    /** htmldate's day-level metric: wrong day is a false positive only; no prediction a false negative. */
    private static final class Score {
        private int tp;
        private int fp;
        private int fn;

        String add(String expected, LocalDate predicted) {
            if (predicted == null) {
                if (expected == null) {
                    return "TN";
                }
                fn++;
                return "FN";
            }
            if (expected != null && predicted.toString().equals(expected)) {
                tp++;
                return "TP";
            }
            fp++;
            return "FP";
        }

        @Override
        public String toString() {
            double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
            double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
            double f1 = 2.0 * tp / (2.0 * tp + fp + fn);
            return String.format("TP=%d FP=%d FN=%d P=%.3f R=%.3f F1=%.3f", tp, fp, fn, precision, recall, f1);
        }
    }

    private static Map<String, String> readGold(Path goldFile) throws IOException {
        JsonNode root = new ObjectMapper().readTree(goldFile.toFile());
        Map<String, String> gold = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            gold.put(entry.getKey(), entry.getValue().isNull() ? null : entry.getValue().asText());
        }
        return gold;
    }

    private static byte[] read(Path gz) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            return in.readAllBytes();
        }
    }

    /** The same decoding as production: {@link HtmlParser} with {@code TextDecoder}, no base URL. */
    private static Document parse(byte[] html) throws IOException {
        return HtmlParser.parse(html, null, "");
    }
}
