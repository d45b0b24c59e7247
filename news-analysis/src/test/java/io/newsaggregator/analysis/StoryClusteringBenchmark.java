package io.newsaggregator.analysis;

import io.newsaggregator.domain.analysis.Story;
import io.newsaggregator.domain.analysis.StoryInput;
import io.newsaggregator.domain.model.ArticleId;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Random;
import java.util.HashMap;
import java.util.List;
import java.util.Map;


/**
 * Story clustering on the labelled headlines (titles only, fed in timestamp order), against a
 * plain single-pass TF-IDF baseline at its best threshold, then timing on synthetic streams of
 * 10,000 and 100,000 articles.
 *
 * <p>Arguments: optional path of {@code headlines.csv} (default
 * {@code ../shared/corpus/stories-dev/headlines.csv}, also tried one level up), then optional
 * {@code quality}, {@code sweep} or {@code scaling} to run only a part.
 */
public final class StoryClusteringBenchmark {

    private StoryClusteringBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path csv = locate(args);
        if (csv == null) {
            System.out.println("SKIPPED: stories-dev/headlines.csv not found (expected under ../shared/corpus)");
            return;
        }
        String part = args.length > 1 ? args[1] : "all";
        List<Headline> headlines = HeadlineCsv.read(csv);
        List<StoryInput> documents = StoryInputs.headlines(headlines);
        List<String> gold = headlines.stream().map(Headline::story).toList();
        System.out.printf("headlines: %d from %s, %d gold stories%n", headlines.size(), csv,
                gold.stream().distinct().count());
        if (part.equals("all") || part.equals("quality")) {
            quality(documents, gold);
        }
        if (part.equals("all") || part.equals("quality")) {
            restoreCheck(documents);
        }
        if (part.equals("sweep")) {
            sweep(documents, gold);
        }
        if (part.equals("all") || part.equals("scaling")) {
            scaling(documents);
        }
    }

    private static Path locate(String[] args) {
        List<Path> candidates = args.length > 0 && !args[0].isBlank()
                ? List.of(Path.of(args[0]))
                : List.of(Path.of("../shared/corpus/stories-dev/headlines.csv"),
                        Path.of("../../shared/corpus/stories-dev/headlines.csv"));
        return candidates.stream().filter(Files::isRegularFile).findFirst().orElse(null);
    }

    private static void quality(List<StoryInput> documents, List<String> gold) {
        System.out.println("-- view 1 (the metric): timestamp order, real timestamps");
        compare(documents, gold);
        // The set's timestamps come in per-story crawl batches (all headlines of a story share
        // nearly the same time), so time alone separates stories here. Views 2 and 3 remove that
        // help to show what the text achieves on its own.
        Instant flat = documents.get(0).seenAt();
        List<StoryInput> untimed = documents.stream().map(d -> StoryInputs.at(d, flat)).toList();
        System.out.println("-- view 2: timestamp order, all timestamps equal (text only)");
        compare(untimed, gold);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(7));
        System.out.println("-- view 3: shuffled order (stories interleaved), all timestamps equal");
        compare(order.stream().map(untimed::get).toList(), order.stream().map(gold::get).toList());
    }

    private static void compare(List<StoryInput> documents, List<String> gold) {
        List<List<String>> titleTerms = documents.stream().map(StoryInput::titleTerms).toList();
        ClusteringScores bestBaseline = null;
        double bestThreshold = 0;
        for (int step = 1; step <= 40; step++) {
            double threshold = step * 0.025;
            ClusteringScores scores = ClusteringScores.of(gold, SinglePassTfIdfBaseline.cluster(titleTerms, threshold));
            if (bestBaseline == null || scores.bcubedF1() > bestBaseline.bcubedF1()) {
                bestBaseline = scores;
                bestThreshold = threshold;
            }
        }
        System.out.printf("baseline single-pass TF-IDF cosine (best threshold %.3f): %s%n", bestThreshold,
                bestBaseline.format());
        StoryClustererSettings settings = settings();
        long start = System.nanoTime();
        ClusteringScores ours = ClusteringScores.of(gold, run(documents, settings));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("IncrementalStoryClusterer (threshold %.3f):          %s  [%d ms]%n",
                settings.threshold(), ours.format(), millis);
        System.out.printf("B-cubed F1 ours/baseline: %.3f%n", ours.bcubedF1() / bestBaseline.bcubedF1());
    }

    /**
     * Exports the state half-way, restores it and checks the rest of the run is identical. The
     * restored clusterer knows only the stories open at the restore and those opened later, so the
     * stories are compared on those.
     */
    private static void restoreCheck(List<StoryInput> documents) {
        StoryClustererSettings settings = settings();
        IncrementalStoryClusterer original = new IncrementalStoryClusterer(settings);
        int half = documents.size() / 2;
        documents.subList(0, half).forEach(original::add);
        IncrementalStoryClusterer restored = IncrementalStoryClusterer.restore(original.state(), settings);
        boolean sameAssignments = true;
        for (StoryInput document : documents.subList(half, documents.size())) {
            sameAssignments &= original.add(document).equals(restored.add(document));
        }
        List<Story> restoredStories = restored.stories();
        boolean sameStories = restoredStories.stream()
                .allMatch(story -> original.story(story.storyKey()).map(story::equals).orElse(false));
        System.out.printf("export at %d, restore, continue: identical assignments %s, identical state %s, "
                        + "identical stories %s (%d of %d)%n", half, sameAssignments,
                original.state().equals(restored.state()), sameStories, restoredStories.size(),
                original.stories().size());
    }

    /** Tuning view: the clusterer's threshold around its default. */
    private static void sweep(List<StoryInput> documents, List<String> gold) {
        StoryClustererSettings defaults = settings();
        for (int step = 8; step <= 20; step++) {
            double threshold = step * 0.01;
            ClusteringScores scores = ClusteringScores.of(gold, run(documents, defaults.toBuilder().threshold(threshold).build()));
            System.out.printf("threshold %.2f: %s%n", threshold, scores.format());
        }
    }

    /**
     * Defaults that keep closed stories (the scores need every story of the run), with single
     * values overridable by {@code -Dstory.<name>=value} for tuning runs.
     */
    static StoryClustererSettings settings() {
        StoryClustererSettings d = StoryClustererSettings.defaults();
        return d.toBuilder()
                .keepClosedStories(true)
                .threshold(doubleProperty("story.threshold", d.threshold()))
                .window(Duration.ofHours(Long.getLong("story.windowHours", d.window().toHours())))
                .decayHalfLife(Duration.ofHours(Long.getLong("story.halfLifeHours", d.decayHalfLife().toHours())))
                .centroidTerms(Integer.getInteger("story.centroidTerms", d.centroidTerms()))
                .salientBoost(doubleProperty("story.salientBoost", d.salientBoost()))
                .rareTermBonus(doubleProperty("story.rareTermBonus", d.rareTermBonus()))
                .maxRareBonusTerms(Integer.getInteger("story.maxRareTerms", d.maxRareBonusTerms()))
                .mergeThreshold(doubleProperty("story.mergeThreshold", d.mergeThreshold()))
                .build();
    }

    private static double doubleProperty(String name, double fallback) {
        String value = System.getProperty(name);
        return value == null ? fallback : Double.parseDouble(value);
    }

    static List<String> run(List<StoryInput> documents, StoryClustererSettings settings) {
        IncrementalStoryClusterer clusterer = new IncrementalStoryClusterer(settings);
        StoryMembers members = new StoryMembers();
        documents.forEach(document -> members.add(clusterer, document));
        Map<ArticleId, String> storyOf = members.storyOf();
        return documents.stream().map(d -> storyOf.get(d.articleId())).toList();
    }

    private static void scaling(List<StoryInput> base) {
        List<StoryInput> small = SyntheticStream.of(base, 10_000, 42);
        List<StoryInput> large = SyntheticStream.of(base, 100_000, 42);
        StoryClustererSettings settings = StoryClustererSettings.builder().keepClosedStories(true).build();
        timed(small, settings); // warm-up
        Timing t10k = median(small, settings);
        Timing t100k = median(large, settings);
        System.out.printf("scaling 10k  (median of 3): %s%n", t10k.format());
        System.out.printf("scaling 100k (median of 3): %s%n", t100k.format());
        System.out.printf("time ratio 100k/10k: %.2f (10.0 = linear)%n", t100k.millis() / (double) t10k.millis());
    }

    private static Timing median(List<StoryInput> documents, StoryClustererSettings settings) {
        List<Timing> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            runs.add(timed(documents, settings));
        }
        runs.sort(java.util.Comparator.comparingLong(Timing::millis));
        return runs.get(1);
    }

    /** Peak heap covers everything live during the run, the input documents included. */
    private static Timing timed(List<StoryInput> documents, StoryClustererSettings settings) {
        System.gc();
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        IncrementalStoryClusterer clusterer = new IncrementalStoryClusterer(settings);
        for (StoryInput document : documents) {
            clusterer.add(document);
        }
        long millis = Math.max(1, (System.nanoTime() - start) / 1_000_000);
        long peak = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Timing(documents.size(), millis, peak, clusterer.stories().size(), clusterer.openStories());
    }

    private record Timing(int documents, long millis, long peakHeapBytes, int stories, int openAtEnd) {
        String format() {
            return String.format("%,d docs in %,d ms = %,.0f docs/s, peak heap %,d MiB, stories %,d (open at end %,d)",
                    documents, millis, documents * 1000.0 / millis, peakHeapBytes >> 20, stories, openAtEnd);
        }
    }
}
