package io.newsaggregator.ingest.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsaggregator.domain.model.ExtractionRules;
import io.newsaggregator.domain.model.FetchedPage;
import io.newsaggregator.ingest.extract.JsoupArticleExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import net.dankito.readability4j.Readability4J;

/**
 * Main-text quality and speed of our extractor next to Readability4J and boilerpipe on the
 * article-extraction development set.
 *
 * <p>Usage: {@code ExtractionBenchmark [CORPUS_DIR] [--dump DIR] [--only NAME] [--passes N]}; the
 * corpus defaults to {@code ../shared/corpus/extraction-dev}. With {@code --dump}, each extractor's
 * prediction per page and a per-page score table are written to DIR to find failures. From the
 * project root:
 * <pre>
 * mvn -q -pl news-ingest -am test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp "$(cat news-ingest/target/cp.txt):news-ingest/target/classes:news-ingest/target/test-classes" \
 *     io.newsaggregator.ingest.bench.ExtractionBenchmark ../shared/corpus/extraction-dev
 * </pre>
 */
public final class ExtractionBenchmark {
    private static final int WARMUP_PASSES = 2;

    private record Page(String id, String url, byte[] bytes, String html, String truth) {
    }

    private interface TextExtractor {
        String text(Page page) throws Exception;
    }

    private record Result(String name, ShingleMetric.Summary summary, double msPerPage, int failures) {
    }

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of("../shared/corpus/extraction-dev");
        Path dump = null;
        String only = null;
        int passes = 5;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--dump" -> dump = Path.of(args[++i]);
                case "--only" -> only = args[++i];
                case "--passes" -> passes = Integer.parseInt(args[++i]);
                default -> corpus = Path.of(args[i]);
            }
        }
        if (!Files.isRegularFile(corpus.resolve("ground-truth.json"))) {
            System.out.println("Skipped: no extraction corpus at " + corpus.toAbsolutePath());
            return;
        }
        List<Page> pages = load(corpus);
        System.out.printf(Locale.ROOT, "%d pages from %s, %d warm-up + %d timed passes (interleaved, median)%n",
                pages.size(), corpus, WARMUP_PASSES, passes);

        // a fixed "now" after every page of the set was saved, so results do not move with the calendar
        JsoupArticleExtractor ours = new JsoupArticleExtractor(Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC));
        Map<String, TextExtractor> extractors = new LinkedHashMap<>();
        extractors.put("news-aggregator", p -> ours.extract(
                FetchedPage.ofBytes(p.url(), p.bytes(), "text/html"), ExtractionRules.NONE).text());
        extractors.put("Readability4J 1.0.8", p -> new Readability4J(p.url(), p.html()).parse().getTextContent());
        extractors.put("boilerpipe 1.2.2", p -> de.l3s.boilerpipe.extractors.ArticleExtractor.INSTANCE.getText(p.html()));

        if (only != null) {
            String prefix = only.toLowerCase(Locale.ROOT);
            extractors.keySet().removeIf(name -> !name.toLowerCase(Locale.ROOT).startsWith(prefix));
        }
        Map<String, Quality> quality = new LinkedHashMap<>();
        for (Map.Entry<String, TextExtractor> e : extractors.entrySet()) {
            quality.put(e.getKey(), score(e.getKey(), e.getValue(), pages, dump));
        }
        Map<String, Double> msPerPage = time(extractors, pages, passes);
        List<Result> results = new ArrayList<>();
        for (String name : extractors.keySet()) {
            Quality q = quality.get(name);
            results.add(new Result(name, q.summary(), msPerPage.get(name), q.failures()));
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "%-22s %7s %7s %7s %9s %9s %6s%n",
                "extractor", "F1", "P", "R", "accuracy", "ms/page", "errors");
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "%-22s %7.4f %7.4f %7.4f %9.3f %9.2f %6d%n", r.name(),
                    r.summary().f1(), r.summary().precision(), r.summary().recall(),
                    r.summary().accuracy(), r.msPerPage(), r.failures());
        }
    }

    private record Quality(ShingleMetric.Summary summary, int failures) {
    }

    /**
     * Timed passes interleave the extractors (one pass of each in turn) so that load from other
     * processes on the machine affects all of them alike; the median pass is reported.
     */
    private static Map<String, Double> time(Map<String, TextExtractor> extractors, List<Page> pages, int passes) {
        for (int i = 0; i < WARMUP_PASSES; i++) {
            extractors.values().forEach(extractor -> timePass(extractor, pages));
        }
        Map<String, List<Long>> nanos = new LinkedHashMap<>();
        for (int i = 0; i < passes; i++) {
            for (Map.Entry<String, TextExtractor> e : extractors.entrySet()) {
                nanos.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(timePass(e.getValue(), pages));
            }
        }
        Map<String, Double> msPerPage = new LinkedHashMap<>();
        nanos.forEach((name, list) -> {
            List<Long> sorted = list.stream().sorted().toList();
            msPerPage.put(name, sorted.get(sorted.size() / 2) / 1e6 / pages.size());
        });
        return msPerPage;
    }

    private static Quality score(String name, TextExtractor extractor, List<Page> pages, Path dump)
            throws IOException {
        List<String> predictions = new ArrayList<>();
        int failures = 0;
        for (Page page : pages) {
            String text;
            try {
                text = extractor.text(page);
            } catch (Exception | StackOverflowError e) {
                failures++;
                System.out.printf("%s failed on %s: %s%n", name, page.id(), e);
                text = "";
            }
            predictions.add(text == null ? "" : text);
        }
        List<ShingleMetric.PageScore> scores = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            scores.add(ShingleMetric.score(predictions.get(i), pages.get(i).truth()));
        }
        if (dump != null) {
            writeDump(dump, name, pages, predictions, scores);
        }
        return new Quality(ShingleMetric.summarize(scores), failures);
    }

    private static long timePass(TextExtractor extractor, List<Page> pages) {
        long start = System.nanoTime();
        for (Page page : pages) {
            try {
                extractor.text(page);
            } catch (Exception | StackOverflowError e) {
                // counted in the quality pass already
            }
        }
        return System.nanoTime() - start;
    }

    private static void writeDump(Path dir, String name, List<Page> pages, List<String> predictions,
                                  List<ShingleMetric.PageScore> scores) throws IOException {
        String slug = name.split(" ")[0].toLowerCase(Locale.ROOT);
        Path out = dir.resolve(slug);
        Files.createDirectories(out);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            order.add(i);
            Files.writeString(out.resolve(pages.get(i).id() + ".txt"), predictions.get(i));
        }
        order.sort(Comparator.comparingDouble(i -> scores.get(i).f1()));
        StringBuilder table = new StringBuilder("f1\tprecision\trecall\tid\turl\n");
        for (int i : order) {
            ShingleMetric.PageScore s = scores.get(i);
            table.append(String.format(Locale.ROOT, "%.3f\t%.3f\t%.3f\t%s\t%s%n",
                    s.f1(), s.precision(), s.recall(), pages.get(i).id(), pages.get(i).url()));
        }
        Files.writeString(out.resolve("scores.tsv"), table);
    }

    private static List<Page> load(Path corpus) throws IOException {
        JsonNode truth = new ObjectMapper().readTree(corpus.resolve("ground-truth.json").toFile());
        List<Page> pages = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = truth.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            Path file = corpus.resolve("html").resolve(e.getKey() + ".html.gz");
            byte[] bytes;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                bytes = in.readAllBytes();
            }
            pages.add(new Page(e.getKey(), e.getValue().path("url").asText(), bytes,
                    new String(bytes, StandardCharsets.UTF_8), e.getValue().path("articleBody").asText("")));
        }
        pages.sort(Comparator.comparing(Page::id));
        return pages;
    }
}
