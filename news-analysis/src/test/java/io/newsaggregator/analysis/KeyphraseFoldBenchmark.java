package io.newsaggregator.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * F@10, P@10 and R@10 of the default analyser on the key-phrase development set, overall and on
 * five folds by file name (document {@code i} of the sorted names is in fold {@code i mod 5}, so
 * every fold mixes all topics), under two corpora:
 * <ul>
 *   <li>{@code corpus=450}: document frequencies over all 450 documents;</li>
 *   <li>{@code corpus=50}: nine batches of 50 documents of mixed topics (document {@code i} in batch
 *       {@code i mod 9}), each ranked against its own batch only, as an early corpus or a 50-article
 *       {@code analyse-text} run would be.</li>
 * </ul>
 * A ranking change is worth keeping when it helps on most folds under both corpora, not just
 * overall. {@code --batches N} ranks in N batches instead of nine (450: every document alone, a
 * corpus's first article). {@code --dump N} also prints the first N documents' top 10 against their gold phrases,
 * and every run prints how long the predicted phrases are and how often each length hits.
 */
public final class KeyphraseFoldBenchmark {

    private static final int FOLDS = 5;
    private static final int SMALL_BATCHES = 9;
    private static final int TOP = 10;
    private static final int MAX_LENGTH = 5;

    private KeyphraseFoldBenchmark() {
    }

    public static void main(String[] args) {
        Optional<Path> dir = KeyphraseCorpus.locate(args);
        if (dir.isEmpty()) {
            System.out.println("SKIPPED: ../shared/corpus/keyphrase-dev/docs not found (run from the worktree root)");
            return;
        }
        List<KeyphraseCorpus.Document> documents = KeyphraseCorpus.load(dir.get());
        int dump = intOption(args, "--dump", 0);
        int smallBatches = intOption(args, "--batches", SMALL_BATCHES);
        ArticleTextAnalyzer analyzer = new ArticleTextAnalyzer(LanguageDetectors.standard(),
                io.newsaggregator.analysis.KeyphraseSettings.defaults(), TOP);
        PorterNormalizer normalizer = new PorterNormalizer();
        List<Set<String>> gold = new ArrayList<>();
        for (KeyphraseCorpus.Document d : documents) {
            Set<String> g = new LinkedHashSet<>();
            d.goldPhrases().stream().map(normalizer::normalize).filter(s -> !s.isEmpty()).forEach(g::add);
            gold.add(g);
        }
        List<List<String>> whole = predict(analyzer, documents, 1);
        List<List<String>> small = predict(analyzer, documents, smallBatches);
        report("corpus=450", whole, gold, normalizer);
        report(String.format(Locale.ROOT, "corpus=%-3d", (documents.size() + smallBatches - 1) / smallBatches), small,
                gold, normalizer);
        lengths(whole, gold, normalizer);
        for (int d = 0; d < Math.min(dump, documents.size()); d++) {
            dump(documents.get(d), whole.get(d), gold.get(d), normalizer);
        }
    }

    private static int intOption(String[] args, String name, int fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }

    /** Predicted phrases per document, each batch {@code i mod batches} ranked against itself. */
    private static List<List<String>> predict(ArticleTextAnalyzer analyzer, List<KeyphraseCorpus.Document> documents,
            int batches) {
        List<List<String>> predicted = new ArrayList<>(documents.size());
        for (int d = 0; d < documents.size(); d++) {
            predicted.add(List.of());
        }
        for (int b = 0; b < batches; b++) {
            List<Integer> members = new ArrayList<>();
            for (int d = b; d < documents.size(); d += batches) {
                members.add(d);
            }
            List<ArticleText> texts = members.stream().map(documents::get)
                    .map(d -> new ArticleText(d.id(), d.title(), null, d.body())).toList();
            List<List<String>> results = AnalyseTextPath.keyphrases(analyzer, texts);
            for (int i = 0; i < members.size(); i++) {
                predicted.set(members.get(i), results.get(i));
            }
        }
        return predicted;
    }

    private static void report(String label, List<List<String>> predicted, List<Set<String>> gold,
            PorterNormalizer normalizer) {
        double[][] sums = new double[FOLDS + 1][3];
        int[] counts = new int[FOLDS + 1];
        for (int d = 0; d < predicted.size(); d++) {
            List<String> top = top(predicted.get(d), normalizer);
            long hits = top.stream().filter(gold.get(d)::contains).count();
            double p = top.isEmpty() ? 0 : hits / (double) top.size();
            double r = gold.get(d).isEmpty() ? 0 : hits / (double) gold.get(d).size();
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            for (int slot : new int[] {FOLDS, d % FOLDS}) {
                sums[slot][0] += f;
                sums[slot][1] += p;
                sums[slot][2] += r;
                counts[slot]++;
            }
        }
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s all: F@10=%.4f P@10=%.4f R@10=%.4f |",
                label, sums[FOLDS][0] / counts[FOLDS], sums[FOLDS][1] / counts[FOLDS], sums[FOLDS][2] / counts[FOLDS]));
        for (int fold = 0; fold < FOLDS; fold++) {
            line.append(String.format(Locale.ROOT, " f%d=%.4f", fold, sums[fold][0] / counts[fold]));
        }
        System.out.println(line);
    }

    private static List<String> top(List<String> phrases, PorterNormalizer normalizer) {
        List<String> top = new ArrayList<>();
        for (String phrase : phrases) {
            String n = normalizer.normalize(phrase);
            if (!n.isEmpty() && !top.contains(n) && top.size() < TOP) {
                top.add(n);
            }
        }
        return top;
    }

    private static void lengths(List<List<String>> predicted, List<Set<String>> gold, PorterNormalizer normalizer) {
        int[] shown = new int[MAX_LENGTH + 1];
        int[] hit = new int[MAX_LENGTH + 1];
        int[] inGold = new int[MAX_LENGTH + 1];
        for (int d = 0; d < predicted.size(); d++) {
            for (String n : top(predicted.get(d), normalizer)) {
                int length = Math.min(MAX_LENGTH, n.split(" ").length);
                shown[length]++;
                hit[length] += gold.get(d).contains(n) ? 1 : 0;
            }
            for (String g : gold.get(d)) {
                inGold[Math.min(MAX_LENGTH, g.split(" ").length)]++;
            }
        }
        StringBuilder line = new StringBuilder("top-10 by length (words: shown/hits, gold):");
        for (int length = 1; length <= MAX_LENGTH; length++) {
            line.append(String.format(Locale.ROOT, "  %d%s: %d/%d, %d", length, length == MAX_LENGTH ? "+" : "",
                    shown[length], hit[length], inGold[length]));
        }
        System.out.println(line);
    }

    private static void dump(KeyphraseCorpus.Document document, List<String> predicted, Set<String> gold,
            PorterNormalizer normalizer) {
        System.out.printf(Locale.ROOT, "%n== %s: %s%n", document.id(), document.title());
        List<String> shown = new ArrayList<>();
        for (String phrase : predicted) {
            String n = normalizer.normalize(phrase);
            if (shown.size() < TOP && !shown.contains(n)) {
                shown.add(n);
                System.out.printf(Locale.ROOT, "   %s %s%n", gold.contains(n) ? "+" : "-", phrase);
            }
        }
        System.out.println("   gold: " + String.join(" | ", gold));
    }
}
