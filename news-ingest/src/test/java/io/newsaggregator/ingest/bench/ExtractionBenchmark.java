package io.newsaggregator.ingest.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsaggregator.domain.model.ExtractedArticle;
import io.newsaggregator.domain.model.ExtractionRules;
import io.newsaggregator.domain.model.FetchedPage;
import io.newsaggregator.domain.port.out.ArticleExtractor;
import io.newsaggregator.ingest.IngestAdapters;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
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
 * Extraction quality and speed of our extractor next to trafilatura (run as a separate process on
 * the same pages), Readability4J and boilerpipe, on each development set given: the 88-page news
 * set ({@code ground-truth.json}, scored with its shingle metric) and the web set ({@code truth/},
 * scored like its {@code score.py}: word F1, title, author, date, empty pages, and per fold of
 * sites so a gain on a few sites shows up as such).
 *
 * <p>Usage: {@code ExtractionBenchmark [CORPUS_DIR ...] [--dump DIR] [--jsonl DIR] [--only NAME]
 * [--passes N] [--peer PATH] [--no-peer]} ({@code --passes 0}: quality only). The corpora default to {@code ../shared/corpus/extraction-dev}
 * and {@code ../shared/corpus/extraction-web-dev}; the peer to {@code ../shared/peers/trafilatura-extract}.
 * {@code --dump} writes each extractor's prediction per page and a per-page score table (with the
 * predicted and the true publication day, so date misses can be sorted by kind);
 * {@code --jsonl} writes our output in the shape of {@code news-app extract --format json}, for the
 * web set's own scorer. Web pages are given their file URL, as {@code news-app extract FILE} does.
 * From the project root:
 * <pre>
 * mvn -q -pl news-ingest -am test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp "$(cat news-ingest/target/cp.txt):news-ingest/target/classes:news-ingest/target/test-classes" \
 *     io.newsaggregator.ingest.bench.ExtractionBenchmark
 * </pre>
 */
public final class ExtractionBenchmark {
    private static final int WARMUP_PASSES = 2;
    private static final int FOLDS = 5;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One page and what a correct extraction of it holds (title, author and date only on the web set). */
    private record Page(String id, String url, String host, byte[] bytes, String html, String text, String title,
                        String author, String date) {
    }

    private record Corpus(String name, Path htmlDir, List<Page> pages, boolean web) {
    }

    private record Prediction(String text, String title, List<String> authors, String publishedAt) {
        static final Prediction EMPTY = new Prediction("", null, List.of(), null);

        /** Readability4J and boilerpipe answer null when they find no article: that is an empty text. */
        Prediction {
            text = text == null ? "" : text;
            authors = authors == null ? List.of() : authors;
        }
    }

    private interface Extractor {
        Prediction extract(Page page) throws Exception;
    }

    private record Timing(double wallMs, double cpuMs) {
    }

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> corpora = new ArrayList<>();
        Path dump = null;
        Path jsonl = null;
        String only = null;
        int passes = 5;
        Path peer = Path.of("../shared/peers/trafilatura-extract");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--dump" -> dump = Path.of(args[++i]);
                case "--jsonl" -> jsonl = Path.of(args[++i]);
                case "--only" -> only = args[++i];
                case "--passes" -> passes = Integer.parseInt(args[++i]);
                case "--peer" -> peer = Path.of(args[++i]);
                case "--no-peer" -> peer = null;
                default -> corpora.add(Path.of(args[i]));
            }
        }
        if (corpora.isEmpty()) {
            corpora.add(Path.of("../shared/corpus/extraction-dev"));
            corpora.add(Path.of("../shared/corpus/extraction-web-dev"));
        }
        for (Path dir : corpora) {
            Corpus corpus = load(dir);
            if (corpus == null) {
                System.out.println("Skipped: no extraction corpus at " + dir.toAbsolutePath());
                continue;
            }
            run(corpus, only, passes, peer, dump, jsonl);
        }
    }

    private static void run(Corpus corpus, String only, int passes, Path peer, Path dump, Path jsonl)
            throws Exception {
        List<Page> pages = corpus.pages();
        System.out.printf(Locale.ROOT, "%n== %s: %d pages, %d warm-up + %d timed passes (interleaved, median)%n",
                corpus.name(), pages.size(), WARMUP_PASSES, passes);
        // a fixed "now" after every page of the sets was saved, so results do not move with the calendar
        ArticleExtractor ours = IngestAdapters.articleExtractor(Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC));
        Map<String, Extractor> extractors = new LinkedHashMap<>();
        extractors.put("news-aggregator", p -> {
            ExtractedArticle a = ours.extract(FetchedPage.ofBytes(p.url(), p.bytes(), "text/html"), ExtractionRules.NONE);
            return new Prediction(a.text() == null ? "" : a.text(), a.title(), a.authors(),
                    a.publishedAt() == null ? null : a.publishedAt().toString());
        });
        extractors.put("Readability4J 1.0.8", p -> {
            var article = new Readability4J(p.url(), p.html()).parse();
            return new Prediction(article.getTextContent(), article.getTitle(), List.of(), null);
        });
        extractors.put("boilerpipe 1.2.2", p -> new Prediction(
                de.l3s.boilerpipe.extractors.ArticleExtractor.INSTANCE.getText(p.html()), null, List.of(), null));
        if (only != null) {
            String prefix = only.toLowerCase(Locale.ROOT);
            extractors.keySet().removeIf(name -> !name.toLowerCase(Locale.ROOT).startsWith(prefix));
        }

        Map<String, List<Prediction>> predictions = new LinkedHashMap<>();
        Map<String, Integer> failures = new LinkedHashMap<>();
        for (Map.Entry<String, Extractor> e : extractors.entrySet()) {
            int[] failed = {0};
            predictions.put(e.getKey(), predict(e.getKey(), e.getValue(), pages, failed));
            failures.put(e.getKey(), failed[0]);
        }
        Map<String, Timing> timings = time(extractors, pages, passes);
        if (peer != null && Files.isExecutable(peer)) {
            TrafilaturaPeer.Run run = TrafilaturaPeer.run(peer, corpus.htmlDir());
            List<Prediction> peerPredictions = new ArrayList<>();
            for (Page page : pages) {
                JsonNode o = run.bySource().get(page.id());
                peerPredictions.add(o == null ? Prediction.EMPTY : new Prediction(o.path("text").asText(""),
                        o.hasNonNull("title") ? o.get("title").asText() : null,
                        o.hasNonNull("authors") ? List.of(o.get("authors").asText()) : List.of(),
                        o.hasNonNull("publishedAt") ? o.get("publishedAt").asText() : null));
            }
            predictions.put("trafilatura", peerPredictions);
            failures.put("trafilatura", 0);
            timings.put("trafilatura", new Timing(Double.NaN, run.cpuMsPerPage()));
        } else if (peer != null) {
            System.out.println("Peer not run: no executable " + peer.toAbsolutePath());
        }
        if (jsonl != null && predictions.containsKey("news-aggregator")) {
            writeJsonl(jsonl.resolve("news-aggregator-" + corpus.name() + ".jsonl"), pages,
                    predictions.get("news-aggregator"));
        }
        if (corpus.web()) {
            reportWeb(corpus, predictions, failures, timings, dump);
        } else {
            reportNews(corpus, predictions, failures, timings, dump);
        }
        Timing oursTiming = timings.get("news-aggregator");
        Timing peerTiming = timings.get("trafilatura");
        if (oursTiming != null && peerTiming != null) {
            System.out.printf(Locale.ROOT, "CPU per page: news-aggregator %.2f ms, trafilatura %.2f ms: ratio %.3f (1/%.1f)%n",
                    oursTiming.cpuMs(), peerTiming.cpuMs(), oursTiming.cpuMs() / peerTiming.cpuMs(),
                    peerTiming.cpuMs() / oursTiming.cpuMs());
        }
    }

    private static void reportNews(Corpus corpus, Map<String, List<Prediction>> predictions,
                                   Map<String, Integer> failures, Map<String, Timing> timings, Path dump)
            throws IOException {
        System.out.printf(Locale.ROOT, "%-22s %7s %7s %7s %9s %9s %9s %6s%n",
                "extractor", "F1", "P", "R", "accuracy", "ms/page", "CPU ms", "errors");
        for (Map.Entry<String, List<Prediction>> e : predictions.entrySet()) {
            List<ShingleMetric.PageScore> scores = new ArrayList<>();
            List<Double> f1s = new ArrayList<>();
            for (int i = 0; i < corpus.pages().size(); i++) {
                ShingleMetric.PageScore s = ShingleMetric.score(e.getValue().get(i).text(), corpus.pages().get(i).text());
                scores.add(s);
                f1s.add(s.f1());
            }
            ShingleMetric.Summary summary = ShingleMetric.summarize(scores);
            Timing t = timings.get(e.getKey());
            System.out.printf(Locale.ROOT, "%-22s %7.4f %7.4f %7.4f %9.3f %9.2f %9.2f %6d%n", e.getKey(),
                    summary.f1(), summary.precision(), summary.recall(), summary.accuracy(), t.wallMs(), t.cpuMs(),
                    failures.get(e.getKey()));
            if (dump != null) {
                writeDump(dump.resolve(corpus.name()), e.getKey(), corpus.pages(), e.getValue(), f1s);
            }
        }
    }

    private static void reportWeb(Corpus corpus, Map<String, List<Prediction>> predictions,
                                  Map<String, Integer> failures, Map<String, Timing> timings, Path dump)
            throws IOException {
        List<Page> pages = corpus.pages();
        System.out.printf(Locale.ROOT, "%-22s %6s %6s %6s %6s %6s %6s %6s %9s %9s %6s  %s%n", "extractor", "F1", "P",
                "R", "title", "author", "date", "empty", "ms/page", "CPU ms", "errors", "F1 per fold of sites");
        for (Map.Entry<String, List<Prediction>> e : predictions.entrySet()) {
            List<Prediction> predicted = e.getValue();
            double p = 0;
            double r = 0;
            double f = 0;
            int empty = 0;
            int[] hits = new int[3];
            int[] counts = new int[3];
            double[] foldF1 = new double[FOLDS];
            int[] foldPages = new int[FOLDS];
            List<Double> f1s = new ArrayList<>();
            for (int i = 0; i < pages.size(); i++) {
                Page page = pages.get(i);
                Prediction prediction = predicted.get(i);
                WordMetric.PageScore s = WordMetric.score(prediction.text(), page.text());
                p += s.precision();
                r += s.recall();
                f += s.f1();
                f1s.add(s.f1());
                if (s.f1() == 0) {
                    empty++;
                }
                int fold = Math.floorMod(page.host().hashCode(), FOLDS);
                foldF1[fold] += s.f1();
                foldPages[fold]++;
                if (page.title() != null) {
                    counts[0]++;
                    hits[0] += WordMetric.sameTitle(prediction.title(), page.title()) ? 1 : 0;
                }
                if (page.author() != null) {
                    counts[1]++;
                    hits[1] += WordMetric.sameAuthor(prediction.authors(), page.author()) ? 1 : 0;
                }
                if (page.date() != null) {
                    counts[2]++;
                    String day = prediction.publishedAt() == null ? "" : prediction.publishedAt();
                    hits[2] += day.length() >= 10 && day.substring(0, 10).equals(page.date()) ? 1 : 0;
                }
            }
            StringBuilder folds = new StringBuilder();
            double worst = 1;
            for (int k = 0; k < FOLDS; k++) {
                double fk = foldPages[k] == 0 ? 0 : foldF1[k] / foldPages[k];
                worst = Math.min(worst, fk);
                folds.append(String.format(Locale.ROOT, "%.3f ", fk));
            }
            folds.append(String.format(Locale.ROOT, "(worst %.3f)", worst));
            int n = pages.size();
            Timing t = timings.get(e.getKey());
            System.out.printf(Locale.ROOT, "%-22s %6.3f %6.3f %6.3f %6.3f %6.3f %6.3f %6d %9.2f %9.2f %6d  %s%n",
                    e.getKey(), f / n, p / n, r / n, ratio(hits[0], counts[0]), ratio(hits[1], counts[1]),
                    ratio(hits[2], counts[2]), empty, t.wallMs(), t.cpuMs(), failures.get(e.getKey()), folds);
            if (dump != null) {
                writeDump(dump.resolve(corpus.name()), e.getKey(), pages, predicted, f1s);
            }
        }
    }

    private static double ratio(int hits, int count) {
        return count == 0 ? 0 : (double) hits / count;
    }

    private static List<Prediction> predict(String name, Extractor extractor, List<Page> pages, int[] failed) {
        List<Prediction> predictions = new ArrayList<>();
        for (Page page : pages) {
            Prediction prediction;
            try {
                prediction = extractor.extract(page);
            } catch (Exception | StackOverflowError e) {
                failed[0]++;
                System.out.printf("%s failed on %s: %s%n", name, page.id(), e);
                prediction = Prediction.EMPTY;
            }
            predictions.add(prediction == null ? Prediction.EMPTY : prediction);
        }
        return predictions;
    }

    /**
     * Timed passes interleave the extractors (one pass of each in turn) so that load from other
     * processes on the machine affects all of them alike; the median pass is reported, as wall time
     * and as CPU time of the extracting thread.
     */
    private static Map<String, Timing> time(Map<String, Extractor> extractors, List<Page> pages, int passes) {
        for (int i = 0; i < WARMUP_PASSES && passes > 0; i++) {
            extractors.values().forEach(extractor -> timePass(extractor, pages));
        }
        Map<String, List<long[]>> nanos = new LinkedHashMap<>();
        for (int i = 0; i < passes; i++) {
            for (Map.Entry<String, Extractor> e : extractors.entrySet()) {
                nanos.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(timePass(e.getValue(), pages));
            }
        }
        Map<String, Timing> timings = new LinkedHashMap<>();
        if (passes == 0) {
            extractors.keySet().forEach(name -> timings.put(name, new Timing(Double.NaN, Double.NaN)));
        }
        nanos.forEach((name, list) -> {
            List<Long> wall = list.stream().map(x -> x[0]).sorted().toList();
            List<Long> cpu = list.stream().map(x -> x[1]).sorted().toList();
            timings.put(name, new Timing(wall.get(wall.size() / 2) / 1e6 / pages.size(),
                    cpu.get(cpu.size() / 2) / 1e6 / pages.size()));
        });
        return timings;
    }

    private static long[] timePass(Extractor extractor, List<Page> pages) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (Page page : pages) {
            try {
                extractor.extract(page);
            } catch (Exception | StackOverflowError e) {
                // counted in the quality pass already
            }
        }
        return new long[] {System.nanoTime() - start, threads.getCurrentThreadCpuTime() - cpuStart};
    }

    private static void writeJsonl(Path file, List<Page> pages, List<Prediction> predictions) throws IOException {
        Files.createDirectories(file.getParent());
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pages.size(); i++) {
            Prediction p = predictions.get(i);
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("source", pages.get(i).id() + ".html.gz");
            line.put("text", p.text());
            line.put("title", p.title());
            line.put("authors", p.authors());
            line.put("publishedAt", p.publishedAt());
            out.append(JSON.writeValueAsString(line)).append('\n');
        }
        Files.writeString(file, out);
    }

    private static void writeDump(Path dir, String name, List<Page> pages, List<Prediction> predictions,
                                  List<Double> f1s) throws IOException {
        String slug = name.split(" ")[0].toLowerCase(Locale.ROOT);
        Path out = dir.resolve(slug);
        Files.createDirectories(out);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            order.add(i);
            Files.writeString(out.resolve(pages.get(i).id() + ".txt"), predictions.get(i).text());
        }
        order.sort(Comparator.comparingDouble(f1s::get));
        StringBuilder table = new StringBuilder("f1\tid\turl\tdate\ttrue date\n");
        for (int i : order) {
            Page page = pages.get(i);
            String day = predictions.get(i).publishedAt();
            table.append(String.format(Locale.ROOT, "%.3f\t%s\t%s\t%s\t%s%n", f1s.get(i), page.id(), page.url(),
                    day == null ? "" : day.substring(0, Math.min(10, day.length())),
                    page.date() == null ? "" : page.date()));
        }
        Files.writeString(out.resolve("scores.tsv"), table);
    }

    private static Corpus load(Path corpus) throws IOException {
        if (Files.isRegularFile(corpus.resolve("ground-truth.json"))) {
            return loadNews(corpus);
        }
        if (Files.isDirectory(corpus.resolve("truth"))) {
            return loadWeb(corpus);
        }
        return null;
    }

    private static Corpus loadNews(Path corpus) throws IOException {
        JsonNode truth = JSON.readTree(corpus.resolve("ground-truth.json").toFile());
        List<Page> pages = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = truth.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            byte[] bytes = gunzip(corpus.resolve("html").resolve(e.getKey() + ".html.gz"));
            String url = e.getValue().path("url").asText();
            pages.add(new Page(e.getKey(), url, host(url), bytes, new String(bytes, StandardCharsets.UTF_8),
                    e.getValue().path("articleBody").asText(""), null, null, null));
        }
        pages.sort(Comparator.comparing(Page::id));
        return new Corpus(corpus.getFileName().toString(), corpus.resolve("html"), pages, false);
    }

    private static Corpus loadWeb(Path corpus) throws IOException {
        List<Page> pages = new ArrayList<>();
        List<Path> files;
        try (var list = Files.list(corpus.resolve("truth"))) {
            files = list.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        for (Path file : files) {
            JsonNode t = JSON.readTree(file.toFile());
            String id = t.path("id").asText();
            Path html = corpus.resolve("html").resolve(id + ".html.gz");
            byte[] bytes = gunzip(html);
            pages.add(new Page(id, html.toAbsolutePath().toUri().toString(), host(t.path("url").asText()), bytes,
                    new String(bytes, StandardCharsets.UTF_8), t.path("main_content").asText(""), text(t, "title"),
                    text(t, "author"), text(t, "publish_date")));
        }
        return new Corpus(corpus.getFileName().toString(), corpus.resolve("html"), pages, true);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }

    private static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? url : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }
}
