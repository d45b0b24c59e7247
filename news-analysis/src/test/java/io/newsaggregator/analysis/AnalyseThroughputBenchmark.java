package io.newsaggregator.analysis;

import io.newsaggregator.domain.analysis.AnalysedText;
import io.newsaggregator.domain.analysis.AnalysisInput;
import io.newsaggregator.domain.analysis.DocumentFrequencies;
import io.newsaggregator.domain.analysis.StoryAssignment;
import io.newsaggregator.domain.analysis.StoryInput;
import io.newsaggregator.domain.port.out.ArticleAnalyzer;
import io.newsaggregator.domain.port.out.StoryClusterer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Throughput of the database-free part of {@code analyse} (text analysis against the growing
 * corpus, in-memory document frequencies and daily term counts, story clustering, one state
 * export at the end) on 10,000 and 100,000 synthetic articles, single thread. Prints articles/s per
 * size, the time ratio of the two (near-linear scaling is about 10), and the peak heap of each run
 * from the heap memory pools. The baseline measured in the same run is the analyser alone on the
 * 10,000 articles (no clustering, no counting).
 *
 * <p>Run from the worktree root:
 * <pre>
 * mvn -B -q -o -pl news-analysis -am test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Xmx6g -cp "$(cat news-analysis/target/cp.txt):news-analysis/target/classes:news-analysis/target/test-classes" \
 *     io.newsaggregator.analysis.AnalyseThroughputBenchmark [sizes...]
 * </pre>
 */
public final class AnalyseThroughputBenchmark {

    private static final long SEED = 42;
    private static final int WARMUP = 2_000;

    private AnalyseThroughputBenchmark() {
    }

    public static void main(String[] args) {
        Optional<Path> dir = SyntheticArticles.locate();
        if (dir.isEmpty()) {
            System.out.println("SKIPPED: ../shared/corpus/keyphrase-dev/docs not found (run from the worktree root)");
            return;
        }
        int[] sizes = args.length > 0
                ? java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
                : new int[] {10_000, 100_000};
        SyntheticArticles articles = SyntheticArticles.load(dir.get());
        AnalysisAdapters adapters = AnalysisAdapters.defaults();
        System.out.printf(Locale.ROOT, "%d source texts, %d portals, %d days, 1 thread, max heap %d MiB%n",
                articles.sourceCount(), SyntheticArticles.PORTALS, SyntheticArticles.SPAN.toDays(),
                Runtime.getRuntime().maxMemory() >> 20);

        run(articles, adapters, WARMUP, false);
        Result baseline = run(articles, adapters, sizes[0], true);
        System.out.printf(Locale.ROOT, "baseline: analyser alone, %,d articles: %,.0f articles/s%n",
                sizes[0], baseline.rate());
        Result first = null;
        for (int size : sizes) {
            Result result = run(articles, adapters, size, false);
            System.out.printf(Locale.ROOT, "analyse %,7d articles: %7.1f s (analyser %.1f s, clusterer %.1f s), "
                            + "%,6.0f articles/s, peak heap %,5d MiB, "
                            + "%,d stories, %,d phrase keys, %,d term-day rows, state %,d KiB%n",
                    size, result.seconds(), result.analysingSeconds(), result.clusteringSeconds(), result.rate(),
                    result.peakHeapMiB(), result.stories(),
                    result.phraseKeys(), result.termDayRows(), result.stateBytes() >> 10);
            if (first == null) {
                first = result;
            } else {
                System.out.printf(Locale.ROOT, "time ratio %,d / %,d articles: %.2f (data ratio %.1f)%n",
                        size, sizes[0], result.seconds() / first.seconds(), size / (double) sizes[0]);
            }
        }
    }

    private record Result(int articles, double seconds, double analysingSeconds, double clusteringSeconds,
                          long peakHeapMiB, int stories, int phraseKeys,
                          int termDayRows, int stateBytes) {
        double rate() {
            return articles / seconds;
        }
    }

    private static Result run(SyntheticArticles articles, AnalysisAdapters adapters, int size, boolean analyserOnly) {
        System.gc();
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);

        ArticleAnalyzer analyzer = adapters.articleAnalyzer();
        StoryClusterer clusterer = adapters.storyClusterers().restore(Optional.empty());
        Corpus corpus = new Corpus();
        Map<PortalDay, Map<String, int[]>> termCounts = new HashMap<>();
        long analysing = 0;
        long clustering = 0;
        Set<String> stories = new HashSet<>();
        long[] times = SyntheticArticles.times(size, SEED);
        long sink = 0;
        long start = System.nanoTime();
        for (int i = 0; i < size; i++) {
            AnalysisInput input = articles.article(i, SEED, times[i]);
            long t0 = System.nanoTime();
            AnalysedText text = analyzer.analyse(input, corpus);
            analysing += System.nanoTime() - t0;
            sink += text.keyphrases().size();
            if (analyserOnly) {
                continue;
            }
            corpus.add(text.phraseKeys());
            LocalDate day = LocalDate.ofInstant(input.seenAt(), ZoneOffset.UTC);
            Map<String, int[]> bucket = termCounts.computeIfAbsent(new PortalDay(input.portalId().value(), day),
                    k -> new HashMap<>());
            for (Map.Entry<String, Integer> term : text.termCounts().entrySet()) {
                int[] counts = bucket.computeIfAbsent(term.getKey(), k -> new int[2]);
                counts[0] += term.getValue();
                counts[1]++;
            }
            long t1 = System.nanoTime();
            StoryAssignment assignment = clusterer.add(new StoryInput(input.articleId(), input.portalId(),
                    input.seenAt(), input.title(), text.titleTerms(), text.bodyTerms(), text.salientTerms()));
            stories.add(assignment.story().storyKey());
            stories.removeAll(assignment.absorbedStoryKeys());
            clustering += System.nanoTime() - t1;
        }
        int stateBytes = analyserOnly ? 0 : clusterer.exportState().length;
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        if (sink < 0) {
            System.out.println(sink);
        }
        int termDayRows = termCounts.values().stream().mapToInt(Map::size).sum();
        return new Result(size, seconds, analysing / 1e9, clustering / 1e9, peak >> 20, stories.size(),
                corpus.frequencies.size(), termDayRows, stateBytes);
    }

    private record PortalDay(long portal, LocalDate day) {
    }

    /** Document frequencies as the store keeps them, in memory. */
    private static final class Corpus implements DocumentFrequencies {
        private final Map<String, Long> frequencies = new HashMap<>();
        private long documents;

        void add(Collection<String> keys) {
            documents++;
            for (String key : keys) {
                frequencies.merge(key, 1L, Long::sum);
            }
        }

        @Override
        public long documentCount() {
            return documents;
        }

        @Override
        public Map<String, Long> frequencies(Collection<String> keys) {
            Map<String, Long> result = new HashMap<>(keys.size() * 2);
            for (String key : keys) {
                Long frequency = frequencies.get(key);
                if (frequency != null) {
                    result.put(key, frequency);
                }
            }
            return result;
        }
    }
}
