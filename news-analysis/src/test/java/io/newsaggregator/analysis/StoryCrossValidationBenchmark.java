package io.newsaggregator.analysis;

import io.newsaggregator.domain.analysis.StoryInput;
import io.newsaggregator.domain.port.in.AnalyseTexts.TextDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;

/**
 * Story clustering scored on stories the parameters were not chosen on. The labelled headlines
 * are split by story: five folds of whole stories (parameters chosen on four folds' stories,
 * scored on the fifth), and a split by time (parameters chosen on the earlier half of the
 * headlines, scored on the later half, and the other way round). Every method offers a grid of
 * settings; on each split the one whose worst fold of tuning stories (four inner folds, scored in
 * the stream of the tuning part) has the best B-cubed F1 is scored on the held-out part, clustered
 * in the whole stream and on its own. "dev" is the same choice made and scored on all headlines,
 * the way the defaults were first chosen; the gap between dev and the held-out mean says how much
 * of the dev score is fitted to the dev set.
 *
 * <p>Terms come from the production path of {@code analyse-text} (language detection, analyser,
 * salient title words). Arguments: optional path of {@code headlines.csv} (default
 * {@code ../shared/corpus/stories-dev/headlines.csv}, also tried one level up), then the view:
 * {@code time} (default: timestamp order and real timestamps, as stories arrive) or
 * {@code interleaved} (a fixed shuffle with all timestamps equal: the text alone, stories mixed).
 * Then optionally {@code --methods a,b} to run only some methods, by name.
 */
public final class StoryCrossValidationBenchmark {

    private static final int FOLDS = 5;
    private static final int INNER_FOLDS = 4;
    private static final long FOLD_SEED = 11;
    private static final long SHUFFLE_SEED = 7;

    private StoryCrossValidationBenchmark() {
    }

    /** A candidate method: a name and the settings its parameters are chosen from. */
    record Method(String name, List<StoryClustererSettings> grid, Function<StoryClustererSettings, String> describe) {
    }

    /** Items of one split: the positions in the document list, in stream order. */
    record Split(String name, List<Integer> tune, List<Integer> test) {
    }

    /**
     * What a split's held-out stories scored: {@code scores} clustered in the whole stream (the
     * tuning stories are there as distractors, as other news is), {@code alone} clustered without them.
     */
    record Outcome(Split split, StoryClustererSettings chosen, ClusteringScores scores, ClusteringScores alone) {
    }

    public static void main(String[] args) throws Exception {
        Path csv = locate(args);
        if (csv == null) {
            System.out.println("SKIPPED: stories-dev/headlines.csv not found (expected under ../shared/corpus)");
            return;
        }
        String view = args.length > 1 && !args[1].startsWith("--") ? args[1] : "time";
        List<String> only = option(args, "--methods").map(v -> List.of(v.split(","))).orElse(List.of());
        List<Headline> headlines = HeadlineCsv.read(csv);
        List<StoryInput> documents = new ArrayList<>(BatchStoryInputs.of(headlines.stream()
                .map(h -> new TextDocument(h.id(), h.title(), "", h.portal(), h.timestamp())).toList()));
        List<String> gold = new ArrayList<>(headlines.stream().map(Headline::story).toList());
        if (view.equals("interleaved")) {
            interleave(documents, gold);
        } else if (!view.equals("time")) {
            throw new IllegalArgumentException("view must be time or interleaved: " + view);
        }
        List<Split> splits = splits(gold);
        System.out.printf(Locale.ROOT, "%d headlines, %d stories, view %s; splits:%n", documents.size(),
                gold.stream().distinct().count(), view);
        for (Split split : splits) {
            System.out.printf(Locale.ROOT, "  %-10s tune %4d headlines / %2d stories, test %4d / %2d%n", split.name(),
                    split.tune().size(), stories(split.tune(), gold), split.test().size(), stories(split.test(), gold));
            if (List.of(args).contains("--confusions") && split.name().startsWith("fold")) {
                split.test().stream().map(gold::get).distinct().forEach(story -> System.out.printf(Locale.ROOT,
                        "             %s%n", documents.get(gold.indexOf(story)).title()));
            }
        }
        for (Method method : methods()) {
            if (only.isEmpty() || only.contains(method.name())) {
                evaluate(method, documents, gold, splits);
                if (List.of(args).contains("--confusions")) {
                    confusions(documents, gold, method.grid().get(0));
                }
            }
        }
    }

    /**
     * The methods compared. "before" is the clusterer as it was first tuned on the whole dev set
     * (threshold 0.14, half-life two days, merges not decayed), "undecayed-merges" the defaults
     * before merges decayed (threshold 0.12, half-life 12 h), "after" today's defaults, all fixed;
     * the others choose their threshold, and the setting they are named after, on the tuning part
     * of each split.
     */
    static List<Method> methods() {
        StoryClustererSettings before = StoryClustererSettings.builder().keepClosedStories(true).threshold(0.14)
                .decayHalfLife(Duration.ofDays(2)).decayMerges(false).build();
        StoryClustererSettings undecayed = StoryClustererSettings.builder().keepClosedStories(true)
                .decayMerges(false).build();
        StoryClustererSettings after = StoryClustererSettings.builder().keepClosedStories(true).build();
        List<Method> methods = new ArrayList<>();
        methods.add(new Method("before", List.of(before), StoryCrossValidationBenchmark::describe));
        methods.add(new Method("undecayed-merges", List.of(undecayed), StoryCrossValidationBenchmark::describe));
        methods.add(new Method("after", List.of(after), StoryCrossValidationBenchmark::describe));
        methods.add(new Method("undecayed-merges-tuned", thresholds(List.of(undecayed)),
                StoryCrossValidationBenchmark::describe));
        methods.add(new Method("after-tuned", thresholds(List.of(after)), StoryCrossValidationBenchmark::describe));
        // the defaults changed by -Dstory.<name>=value, as in StoryClusteringBenchmark, for probing one setting
        methods.add(new Method("probe", List.of(StoryClusteringBenchmark.settings()), StoryCrossValidationBenchmark::describe));
        List<StoryClustererSettings> decayed = new ArrayList<>();
        for (boolean decay : new boolean[] {false, true}) {
            decayed.add(after.toBuilder().decayMerges(decay).build());
        }
        methods.add(new Method("merge-decay", thresholds(decayed), StoryCrossValidationBenchmark::describe));
        List<StoryClustererSettings> shared = new ArrayList<>();
        for (double share : new double[] {0.0, 0.05, 0.1}) {
            shared.add(after.toBuilder().minSharedTerms(2).characteristicShare(share).build());
        }
        methods.add(new Method("shared-terms", thresholds(shared), StoryCrossValidationBenchmark::describe));
        List<StoryClustererSettings> merges = new ArrayList<>();
        for (double merge : new double[] {0.15, 0.3, 2.0}) {
            merges.add(after.toBuilder().mergeThreshold(merge).build());
        }
        methods.add(new Method("merge", thresholds(merges), StoryCrossValidationBenchmark::describe));
        List<StoryClustererSettings> salient = new ArrayList<>();
        for (double boost : new double[] {1.0, 1.5, 2.5}) {
            salient.add(after.toBuilder().salientBoost(boost).build());
        }
        methods.add(new Method("salient", thresholds(salient), StoryCrossValidationBenchmark::describe));
        List<StoryClustererSettings> halfLives = new ArrayList<>();
        for (int hours : new int[] {12, 24, 48}) {
            halfLives.add(after.toBuilder().decayHalfLife(Duration.ofHours(hours)).build());
        }
        methods.add(new Method("half-life", thresholds(halfLives), StoryCrossValidationBenchmark::describe));
        return methods;
    }

    /** Each base setting at every threshold of the grid. */
    private static List<StoryClustererSettings> thresholds(List<StoryClustererSettings> bases) {
        List<StoryClustererSettings> grid = new ArrayList<>();
        for (StoryClustererSettings base : bases) {
            for (int step = 6; step <= 22; step += 2) {
                grid.add(base.toBuilder().threshold(step / 100.0).build());
            }
        }
        return grid;
    }

    private static String describe(StoryClustererSettings s) {
        return String.format(Locale.ROOT, "threshold %.2f merge %.2f%s shared %d share %.2f salient %.1f half-life %dh",
                s.threshold(), s.mergeThreshold(), s.decayMerges() ? " decayed" : "", s.minSharedTerms(), s.characteristicShare(), s.salientBoost(),
                s.decayHalfLife().toHours());
    }

    private static void evaluate(Method method, List<StoryInput> documents, List<String> gold, List<Split> splits) {
        long start = System.nanoTime();
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            all.add(i);
        }
        Outcome dev = outcome(method, new Split("dev", all, all), documents, gold);
        List<Outcome> outcomes = new ArrayList<>();
        for (Split split : splits) {
            outcomes.add(outcome(method, split, documents, gold));
        }
        System.out.printf(Locale.ROOT, "== %s (%d settings)%n", method.name(), method.grid().size());
        print(dev, method);
        for (Outcome outcome : outcomes) {
            print(outcome, method);
        }
        summary("story folds", outcomes.subList(0, FOLDS), dev);
        summary("time split", outcomes.subList(FOLDS, outcomes.size()), dev);
        summary("all splits", outcomes, dev);
        System.out.printf(Locale.ROOT, "   (%.0f s)%n", (System.nanoTime() - start) / 1e9);
    }

    private static void print(Outcome outcome, Method method) {
        ClusteringScores s = outcome.scores();
        System.out.printf(Locale.ROOT, "   %-10s F1 %.3f  P %.3f  R %.3f  clusters %3d  alone F1 %.3f  [%s]%n",
                outcome.split().name(), s.bcubedF1(), s.bcubedPrecision(), s.bcubedRecall(), s.predictedClusters(),
                outcome.alone().bcubedF1(), method.describe().apply(outcome.chosen()));
    }

    private static void summary(String name, List<Outcome> outcomes, Outcome dev) {
        double mean = outcomes.stream().mapToDouble(o -> o.scores().bcubedF1()).average().orElse(0);
        double worst = outcomes.stream().mapToDouble(o -> o.scores().bcubedF1()).min().orElse(0);
        double aloneMean = outcomes.stream().mapToDouble(o -> o.alone().bcubedF1()).average().orElse(0);
        double aloneWorst = outcomes.stream().mapToDouble(o -> o.alone().bcubedF1()).min().orElse(0);
        System.out.printf(Locale.ROOT, "   %-11s mean %.3f  worst %.3f  dev %.3f  dev - mean %+.3f  "
                        + "(alone: mean %.3f worst %.3f)%n", name, mean, worst, dev.scores().bcubedF1(),
                dev.scores().bcubedF1() - mean, aloneMean, aloneWorst);
    }

    private static Outcome outcome(Method method, Split split, List<StoryInput> documents, List<String> gold) {
        List<StoryInput> tuneDocuments = pick(documents, split.tune());
        List<String> tuneGold = pick(gold, split.tune());
        List<boolean[]> innerFolds = innerFolds(tuneGold);
        StoryClustererSettings chosen = null;
        double bestWorst = -1;
        double bestMean = -1;
        for (StoryClustererSettings candidate : method.grid()) {
            List<String> predicted = StoryClusteringBenchmark.run(tuneDocuments, candidate);
            double worst = 1;
            double mean = 0;
            for (boolean[] inner : innerFolds) {
                double f1 = ClusteringScores.of(tuneGold, predicted, inner).bcubedF1();
                worst = Math.min(worst, f1);
                mean += f1 / innerFolds.size();
            }
            if (worst > bestWorst || (worst == bestWorst && mean > bestMean)) {
                bestWorst = worst;
                bestMean = mean;
                chosen = candidate;
            }
        }
        List<String> alone = StoryClusteringBenchmark.run(pick(documents, split.test()), chosen);
        boolean[] scored = new boolean[documents.size()];
        split.test().forEach(i -> scored[i] = true);
        ClusteringScores inStream = ClusteringScores.of(gold, StoryClusteringBenchmark.run(documents, chosen), scored);
        return new Outcome(split, chosen, inStream, ClusteringScores.of(pick(gold, split.test()), alone));
    }

    /**
     * Folds of whole stories inside a tuning part, as marks over its items. A setting is chosen by
     * its worst inner fold (scored in the stream of all tuning stories), so the choice prefers what
     * holds on every group of stories over what scores best on the pooled tuning headlines.
     */
    private static List<boolean[]> innerFolds(List<String> gold) {
        List<String> stories = new ArrayList<>(gold.stream().distinct().toList());
        Collections.shuffle(stories, new Random(FOLD_SEED + 1));
        Map<String, Integer> foldOf = new HashMap<>();
        for (int i = 0; i < stories.size(); i++) {
            foldOf.put(stories.get(i), i % INNER_FOLDS);
        }
        List<boolean[]> folds = new ArrayList<>();
        for (int fold = 0; fold < INNER_FOLDS; fold++) {
            boolean[] marks = new boolean[gold.size()];
            for (int i = 0; i < gold.size(); i++) {
                marks[i] = foldOf.get(gold.get(i)) == fold;
            }
            folds.add(marks);
        }
        return folds;
    }

    /**
     * Five folds of whole stories (a fixed shuffle of the stories dealt out in turn), then the
     * time split both ways at the median timestamp position of the stream.
     */
    static List<Split> splits(List<String> gold) {
        List<String> stories = new ArrayList<>(gold.stream().distinct().toList());
        Collections.shuffle(stories, new Random(FOLD_SEED));
        Map<String, Integer> foldOf = new HashMap<>();
        for (int i = 0; i < stories.size(); i++) {
            foldOf.put(stories.get(i), i % FOLDS);
        }
        List<Split> splits = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Integer> tune = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < gold.size(); i++) {
                (foldOf.get(gold.get(i)) == fold ? test : tune).add(i);
            }
            splits.add(new Split("fold " + (fold + 1), tune, test));
        }
        List<Integer> earlier = new ArrayList<>();
        List<Integer> later = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            (i < gold.size() / 2 ? earlier : later).add(i);
        }
        splits.add(new Split("early>late", earlier, later));
        splits.add(new Split("late>early", later, earlier));
        return splits;
    }

    /** The predicted stories that mix gold stories, with a headline of each gold story in them. */
    private static void confusions(List<StoryInput> documents, List<String> gold, StoryClustererSettings settings) {
        List<String> predicted = StoryClusteringBenchmark.run(documents, settings);
        Map<String, Map<String, List<Integer>>> byPredicted = new LinkedHashMap<>();
        for (int i = 0; i < predicted.size(); i++) {
            byPredicted.computeIfAbsent(predicted.get(i), p -> new LinkedHashMap<>())
                    .computeIfAbsent(gold.get(i), g -> new ArrayList<>()).add(i);
        }
        byPredicted.forEach((story, members) -> {
            if (members.size() > 1) {
                System.out.printf(Locale.ROOT, "   mixed %s:%n", story);
                members.forEach((g, items) -> System.out.printf(Locale.ROOT, "      %4d x %s | %s%n", items.size(),
                        documents.get(items.get(0)).title(), documents.get(items.get(0)).titleTerms()));
            }
        });
    }

    private static long stories(List<Integer> items, List<String> gold) {
        return items.stream().map(gold::get).distinct().count();
    }

    private static <T> List<T> pick(List<T> values, List<Integer> positions) {
        List<T> picked = new ArrayList<>(positions.size());
        positions.forEach(i -> picked.add(values.get(i)));
        return picked;
    }

    /** Shuffles documents and gold labels alike and gives every document the same timestamp. */
    private static void interleave(List<StoryInput> documents, List<String> gold) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(SHUFFLE_SEED));
        Instant flat = documents.get(0).seenAt();
        List<StoryInput> shuffled = order.stream().map(documents::get).map(d -> StoryInputs.at(d, flat)).toList();
        List<String> shuffledGold = order.stream().map(gold::get).toList();
        documents.clear();
        documents.addAll(shuffled);
        gold.clear();
        gold.addAll(shuffledGold);
    }

    private static Optional<String> option(String[] args, String name) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return Optional.of(args[i + 1]);
            }
        }
        return Optional.empty();
    }

    private static Path locate(String[] args) {
        List<Path> candidates = args.length > 0 && !args[0].isBlank() && !args[0].startsWith("--")
                ? List.of(Path.of(args[0]))
                : List.of(Path.of("../shared/corpus/stories-dev/headlines.csv"),
                        Path.of("../../shared/corpus/stories-dev/headlines.csv"));
        return candidates.stream().filter(Files::isRegularFile).findFirst().orElse(null);
    }
}
